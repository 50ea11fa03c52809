// Garmin's JavaScript SDK decoding the same FIT files as RunLift's FitDecodeBenchmarks, for bench/fit-decode.sh.
// Usage: RUNLIFT_FITSDK=DIR node decode.mjs FIXTURE_DIR
// DIR holds node_modules/@garmin/fitsdk (installed by bench/fit-decode.sh into a cache, never into the repository).
// Every fixture but compressed-speed-distance.fit (the SDK stops at its first compressed-timestamp record) is decoded
// with the SDK's default options and with the options that keep raw values (its fastest); each is timed in rounds of
// about a second after a warm-up, and the median round is reported in MB/s (10^6 bytes per second).
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [dir] = process.argv.slice(2);
if (!dir || !process.env.RUNLIFT_FITSDK) {
    console.error("usage: RUNLIFT_FITSDK=DIR node decode.mjs FIXTURE_DIR");
    process.exit(2);
}

const require = createRequire(join(process.env.RUNLIFT_FITSDK, "package.json"));
const { Decoder, Stream } = await import(pathToFileURL(require.resolve("@garmin/fitsdk")).href);

const files = readdirSync(dir)
    .filter(name => name.endsWith(".fit") && name !== "compressed-speed-distance.fit")
    .sort()
    .map(name => readFileSync(join(dir, name)));
const bytes = files.reduce((sum, file) => sum + file.length, 0);

const raw = {
    applyScaleAndOffset: false, expandSubFields: false, expandComponents: false, convertTypesToStrings: false,
    convertDateTimesToDates: false, mergeHeartRates: false,
};

function decodeAll(options) {
    let messages = 0;
    for (const file of files) {
        const { messages: decoded, errors } = new Decoder(Stream.fromBuffer(file)).read(options);
        if (errors.length > 0) {
            throw new Error(String(errors[0]));
        }
        for (const list of Object.values(decoded)) {
            messages += list.length;
        }
    }
    return messages;
}

function measure(options) {
    for (let i = 0; i < 20; i++) {
        decodeAll(options);
    }
    const rounds = [];
    for (let round = 0; round < 9; round++) {
        let operations = 0;
        const start = process.hrtime.bigint();
        let elapsed = 0;
        while (elapsed < 1e9) {
            decodeAll(options);
            operations++;
            elapsed = Number(process.hrtime.bigint() - start);
        }
        rounds.push((bytes * operations) / (elapsed / 1e9) / 1e6);
    }
    rounds.sort((a, b) => a - b);
    return rounds[Math.floor(rounds.length / 2)];
}

const result = {
    node: process.version,
    files: files.length,
    bytes,
    defaultsMBps: measure({}),
    rawMBps: measure(raw),
};
console.log(`@garmin/fitsdk on Node ${result.node}: ${result.files} files, ${result.bytes} bytes`);
console.log(`  default options: ${result.defaultsMBps.toFixed(1)} MB/s`);
console.log(`  raw values:      ${result.rawMBps.toFixed(1)} MB/s`);
console.log(JSON.stringify(result));
