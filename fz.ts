import { editionJsonSchema } from "./src/index.js";
console.log(JSON.stringify(editionJsonSchema().required));
