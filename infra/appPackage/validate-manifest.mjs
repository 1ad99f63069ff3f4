// Validates a Teams app manifest against the official schema shipped in @microsoft/app-manifest,
// picking the schema folder from the manifest's own manifestVersion.
// Usage: node infra/appPackage/validate-manifest.mjs <manifest.json>   (exit 0 valid, 1 invalid, 2 usage)
// The Teams schemas are JSON Schema draft-04, which plain Ajv 8 no longer reads; ajv-draft-04 is
// the Ajv 8 class for it (installed with @microsoft/app-manifest, which validates the same way).
import { readFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(path.join(repoRoot, "package.json"));

const file = process.argv[2];
if (!file) {
  console.error("usage: node validate-manifest.mjs <manifest.json>");
  process.exit(2);
}

let manifest;
try {
  manifest = JSON.parse(readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
} catch (e) {
  console.error(`${file}: not readable JSON: ${e.message}`);
  process.exit(1);
}

const version = manifest.manifestVersion;
const schemaPath = path.join(repoRoot, "node_modules/@microsoft/app-manifest/build/json-schemas/teams",
  `v${version}`, "MicrosoftTeams.schema.json");
if (typeof version !== "string" || !existsSync(schemaPath)) {
  console.error(`${file}: no official schema for manifestVersion ${JSON.stringify(version)} (looked for ${schemaPath}; run npm ci)`);
  process.exit(1);
}

const Ajv04 = require("ajv-draft-04").default ?? require("ajv-draft-04");
const addFormats = require("ajv-formats").default ?? require("ajv-formats");
const ajv = new Ajv04({ allErrors: true, strictTypes: false, strict: false });
addFormats(ajv, ["uri", "email", "regex"]);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));

if (validate(manifest)) {
  console.log(`${file}: valid against Teams manifest schema v${version}`);
  process.exit(0);
}
for (const err of validate.errors) {
  console.error(`${err.instancePath || "/"} ${err.message} ${JSON.stringify(err.params)}`);
}
process.exit(1);
