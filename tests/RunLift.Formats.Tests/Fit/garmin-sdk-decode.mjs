// Decodes one FIT file with Garmin's JavaScript SDK and prints its messages as JSON, for tests to compare with.
// Usage: node garmin-sdk-decode.mjs FILE [--readable]
// The SDK is not part of the repository: RUNLIFT_FITSDK names the folder it was installed into
// (the folder holding node_modules/@garmin/fitsdk).
//
// By default every value is the raw one stored in the file (no scale or offset, enums as numbers, date_time as
// seconds since the FIT epoch, no sub-fields, no expanded components, unknown fields kept under their number),
// so a comparison can be exact. --readable uses the SDK's own defaults (scaled values, enum names, dates).
// Output: { profileVersion, errors: [string], messages: { fileIdMesgs: [...], setMesgs: [...], ... },
//           fields: { setMesgs: { num: 225, fields: { repetitions: 3, ... }, arrays: [7, 8] }, ... } }
// where "fields" maps each message key and field name the SDK used back to the FIT message and field numbers, and
// names the fields the profile declares as arrays (the SDK gives those as arrays, any other field as one value).
// Dates become ISO strings and 64-bit integers decimal strings.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [file, ...flags] = process.argv.slice(2);
if (!file || !process.env.RUNLIFT_FITSDK) {
    console.error("usage: RUNLIFT_FITSDK=DIR node garmin-sdk-decode.mjs FILE [--readable]");
    process.exit(2);
}

const require = createRequire(join(process.env.RUNLIFT_FITSDK, "package.json"));
const { Decoder, Stream, Profile } = await import(pathToFileURL(require.resolve("@garmin/fitsdk")).href);

const readable = flags.includes("--readable");
const decoder = new Decoder(Stream.fromBuffer(readFileSync(file)));
const { messages, errors, profileVersion } = decoder.read(readable
    ? { includeUnknownData: true }
    : {
        applyScaleAndOffset: false,
        expandSubFields: false,
        expandComponents: false,
        convertTypesToStrings: false,
        convertDateTimesToDates: false,
        includeUnknownData: true,
        mergeHeartRates: false,
    });

const fields = {};
for (const profile of Object.values(Profile.messages)) {
    if (!(profile.messagesKey in messages)) {
        continue;
    }
    const names = {};
    const arrays = [];
    for (const field of Object.values(profile.fields)) {
        names[field.name] = field.num;
        if (field.array) {
            arrays.push(field.num);
        }
        for (const subField of field.subFields ?? []) {
            names[subField.name] = field.num;
        }
    }
    fields[profile.messagesKey] = { num: profile.num, fields: names, arrays };
}

const json = JSON.stringify(
    { profileVersion, errors: errors.map(e => String(e?.message ?? e)), messages, fields },
    (_, value) => typeof value === "bigint" ? value.toString() : value,
    readable ? 2 : undefined);
process.stdout.write(json);
process.stdout.write("\n");
