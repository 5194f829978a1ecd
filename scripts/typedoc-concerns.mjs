// @ts-check
/**
 * A typedoc plugin: files every documented export under the concern its source folder names (src/model →
 * "Model", src/charter → "Charter", ...), so the reference lists a few concerns, not one flat list of
 * hundreds of pages, and no export needs a `@category` tag by hand.
 */
import { Comment, CommentTag, Converter, ReflectionKind } from "typedoc";

/** Source folder → the concern's title, in the order of ARCHITECTURE.md's layers. */
const CONCERNS = {
  issue: "Issues",
  model: "Model",
  dataset: "Data sets",
  hierarchy: "Hierarchy",
  charter: "Charter",
  metrics: "Metrics",
  csv: "CSV",
  statistics: "Statistics",
  import: "Import",
};

const FILED =
  ReflectionKind.Function |
  ReflectionKind.Variable |
  ReflectionKind.Class |
  ReflectionKind.Interface |
  ReflectionKind.TypeAlias |
  ReflectionKind.Enum;

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(FILED) || !reflection.parent?.kindOf(ReflectionKind.Module | ReflectionKind.Project)) return;
    const symbol = context.getSymbolFromReflection(reflection);
    const file = symbol?.declarations?.[0]?.getSourceFile().fileName ?? "";
    const folder = /\/src\/([^/]+)\//.exec(file)?.[1];
    const concern = folder === undefined ? undefined : CONCERNS[/** @type {keyof typeof CONCERNS} */ (folder)];
    if (concern === undefined) return;
    reflection.comment ??= new Comment();
    if (reflection.comment.blockTags.some((tag) => tag.tag === "@category")) return;
    reflection.comment.blockTags.push(new CommentTag("@category", [{ kind: "text", text: concern }]));
  });
}
