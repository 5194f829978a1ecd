import fc from "fast-check";

// One pinned seed for every property test, so a failure reproduces and mutation testing can
// match mutants to the property tests that cover them.
fc.configureGlobal({ seed: 20200907, numRuns: 100 });
