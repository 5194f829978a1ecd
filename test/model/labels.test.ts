import { describe, expect, it } from "vitest";
import { LABELS, LOCALES, label } from "../../src/index.js";
import { ActivityCampaign, ActivityType, Venue } from "../../src/model/activity.js";
import { ApprovalAuthority } from "../../src/model/approval.js";
import { AssociationKind } from "../../src/model/association.js";
import { AppointmentMode, Post, SeatBasis, UnitKind } from "../../src/model/committee.js";
import { DivisionLevel, DivisionSubKind } from "../../src/model/division.js";
import { FacilityKind } from "../../src/model/facility.js";
import { GroupRelation, OccupationField, SectorRole, TitleLevel } from "../../src/model/member.js";
import { OutputKind, OutputStage } from "../../src/model/output.js";
import { Gender } from "../../src/model/person.js";

// The label tables give the enums' values (so reading a label loads no zod); the schemas are what
// parsing checks. The two lists must be the same, in the same order.
const SCHEMAS: Readonly<Record<keyof typeof LABELS, { readonly options: readonly string[] }>> = {
  associationKind: AssociationKind,
  post: Post,
  seatBasis: SeatBasis,
  titleLevel: TitleLevel,
  occupationField: OccupationField,
  sectorRole: SectorRole,
  appointmentMode: AppointmentMode,
  unitKind: UnitKind,
  approvalAuthority: ApprovalAuthority,
  gender: Gender,
  groupRelation: GroupRelation,
  activityType: ActivityType,
  activityCampaign: ActivityCampaign,
  facilityKind: FacilityKind,
  outputKind: OutputKind,
  outputStage: OutputStage,
  venue: Venue,
  divisionLevel: DivisionLevel,
  divisionSubKind: DivisionSubKind,
};

describe("labels", () => {
  it.each(Object.keys(LABELS))("%s lists the values of its zod enum, in the schema's order", (name) => {
    const key = name as keyof typeof LABELS;
    expect([...LABELS[key].values]).toEqual([...SCHEMAS[key].options]);
  });

  it.each(Object.keys(LABELS))("%s has a label in every locale for every value, and no stray ones", (name) => {
    const { values, table } = LABELS[name as keyof typeof LABELS];
    expect(Object.keys(table).sort()).toEqual([...values].sort());
    for (const value of values) {
      for (const locale of LOCALES) {
        expect((table as Record<string, Record<string, string>>)[value]?.[locale], `${value} ${locale}`).toMatch(/\S/);
      }
    }
  });

  it("gives zh-CN by default and en on request", () => {
    expect(label("associationKind", "government-agency")).toBe("机关科协");
    expect(label("post", "secretary-general", "en")).toBe("secretary-general");
    expect(label("sectorRole", "agri-station-head")).toBe("农技站站长");
  });
});
