/**
 * kexie: typed entities, charter validation, hierarchy traversal and coverage metrics for China's
 * science and technology associations (科协).
 *
 * @packageDocumentation
 */
export * from "./issue/issue.js";
export * from "./model/primitives.js";
export * from "./model/extra.js";
export * from "./model/association.js";
export * from "./model/committee.js";
export * from "./model/member.js";
export * from "./model/person.js";
export * from "./model/approval.js";
export * from "./model/activity.js";
export * from "./model/facility.js";
export * from "./model/output.js";
export * from "./model/division.js";
export * from "./model/dataset.js";
export * from "./model/dates.js";
export * from "./model/committee-status.js";
export * from "./model/sector-heads.js";
export * from "./model/labels.js";
export * from "./model/json-schema.js";
export * from "./dataset/index.js";
export * from "./hierarchy/index.js";
export * from "./charter/index.js";
export * from "./metrics/index.js";
