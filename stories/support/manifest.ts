// What custom-elements.json (generated from the JSDoc by `npm run build`) says about an element:
// its attributes, for rendering args, and Storybook controls for them.
import type { ArgTypes } from '@storybook/web-components-vite';
import manifest from '../../custom-elements.json';
import { ATTRIBUTES, RESULT_PROPERTIES, choicesOf } from '../../src/options/attributes.ts';
import type { ChartTag } from '../../src/options/charts.ts';

export { CHART_TAGS, type ChartTag } from '../../src/options/charts.ts';

interface Attribute {
  name: string;
  fieldName?: string;
  description?: string;
  default?: string;
  type?: { text?: string };
}
interface Declaration {
  tagName?: string;
  attributes?: Attribute[];
  cssParts?: { name: string; description?: string }[];
  members?: { name: string; kind?: string; privacy?: string; static?: boolean; description?: string; type?: { text?: string } }[];
}

function declarationOf(tag: ChartTag): Declaration {
  for (const module of manifest.modules as { declarations?: Declaration[] }[]) {
    const found = module.declarations?.find((declaration) => declaration.tagName === tag);
    if (found) return found;
  }
  throw new Error(`<${tag}> is not in custom-elements.json: run npm run build.`);
}

/** Attribute name → property name, for every attribute the element documents. */
export function attributesOf(tag: ChartTag): Map<string, string> {
  return new Map(declarationOf(tag).attributes?.map((a) => [a.name, a.fieldName ?? a.name]) ?? []);
}

/** The words a `choice` attribute takes on `tag`, from the options table (the manifest names only their type). */
function choicesFor(tag: ChartTag, attribute: string): readonly string[] | undefined {
  const spec = ATTRIBUTES.find((entry) => entry.attribute === attribute && entry.charts.includes(tag));
  return spec?.kind === 'choice' ? choicesOf(spec, tag) : undefined;
}
/** Results, not inputs: shown in the docs table, never as controls. */
const OUTPUTS = new Set<string>(RESULT_PROPERTIES);

/**
 * Controls for the attributes. Storybook already reads every attribute, property, event, CSS
 * part and custom property from the manifest; this only picks a better control than its
 * default (a JSON editor for types such as `string | undefined`), turns off the controls of
 * properties that mirror an attribute (so each input has one control) and hides private members.
 */
export function chartArgTypes(tag: ChartTag): Partial<ArgTypes> {
  const declaration = declarationOf(tag);
  const argTypes: Partial<ArgTypes> = {};
  const mirrored = new Set<string>();
  for (const attribute of declaration.attributes ?? []) {
    const type = attribute.type?.text ?? '';
    const options = choicesFor(tag, attribute.name);
    if (attribute.fieldName && attribute.fieldName !== attribute.name) mirrored.add(attribute.fieldName);
    // Described again here: a CSS part of the same name (heading, source…) would replace it.
    const docs = {
      description: attribute.description,
      table: { category: 'attributes', type: { summary: type }, defaultValue: { summary: attribute.default } },
    };
    if (OUTPUTS.has(attribute.name)) argTypes[attribute.name] = { ...docs, control: false };
    else if (options) argTypes[attribute.name] = { ...docs, control: 'select', options: [...options] };
    else if (type === 'boolean') argTypes[attribute.name] = { ...docs, control: 'boolean' };
    else if (/^number\b/.test(type)) argTypes[attribute.name] = { ...docs, control: 'number' };
    else argTypes[attribute.name] = { ...docs, control: 'text' };
  }
  // CSS parts are listed as `::part(name)`, so that none hides the attribute it shares a name with.
  for (const part of declaration.cssParts ?? []) {
    if (!argTypes[part.name]) argTypes[part.name] = { table: { disable: true } };
    argTypes[`::part(${part.name})`] = {
      name: `::part(${part.name})`,
      description: part.description,
      control: false,
      table: { category: 'css shadow parts' },
    };
  }
  for (const member of declaration.members ?? []) {
    // The analyzer lists private and protected members too: they are not the element's API.
    if (member.privacy === 'private' || member.privacy === 'protected' || member.static) {
      argTypes[member.name] = { table: { disable: true }, control: false };
    } else if (OUTPUTS.has(member.name) || mirrored.has(member.name)) {
      argTypes[member.name] = {
        control: false,
        description: member.description,
        table: { category: 'properties', type: { summary: member.type?.text } },
      };
    }
  }
  return argTypes;
}
