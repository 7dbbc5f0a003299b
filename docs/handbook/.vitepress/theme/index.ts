/** The handbook's theme: VitePress's default theme, a footer naming the library version and Terms edition on every page, and the Try it form. */
import DefaultTheme from "vitepress/theme";
import { h } from "vue";
import type { Theme } from "vitepress";
import TryIt from "./TryIt.vue";
import EditionFooter from "./EditionFooter.vue";
import "./style.css";

export default {
  extends: DefaultTheme,
  Layout: () => h(DefaultTheme.Layout, null, { "doc-footer-before": () => h(EditionFooter) }),
  enhanceApp({ app }) {
    app.component("TryIt", TryIt);
  },
} satisfies Theme;
