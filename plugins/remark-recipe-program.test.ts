import { describe, expect, it } from 'vitest';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import remarkRecipeProgram from './remark-recipe-program';

const element = (recipe: string): MdxJsxFlowElement => ({ type: 'mdxJsxFlowElement', name: 'RecipeProgram', attributes: [{ type: 'mdxJsxAttribute', name: 'recipe', value: recipe }], children: [] });

describe('the recipe program plugin', () => {
  it("writes each language's program into the page, the values one step takes from another included", () => {
    const node = element('getting_started');
    remarkRecipeProgram()({ type: 'root', children: [node] });
    const written = Object.fromEntries(node.attributes.flatMap((attribute) => (attribute.type === 'mdxJsxAttribute' ? [[attribute.name, attribute.value]] : [])));
    expect(Object.keys(written)).toEqual(['recipe', 'curl', 'node', 'python']);
    expect(written.curl).toContain(`status=$(curl -sS --fail-with-body -X GET 'https://api.callbell.eu/v1/messages/status/'"$send_uuid" \\`);
    expect(written.node).toContain('"https://api.callbell.eu/v1/messages/status/" + encodeURIComponent(send["message"]["uuid"])');
    expect(written.python).toContain('"https://api.callbell.eu/v1/messages/status/" + urllib.parse.quote(str(send["message"]["uuid"]), safe="")');
  });

  it('fails the build for a recipe the project does not have, naming those it has', () => {
    expect(() => remarkRecipeProgram()({ type: 'root', children: [element('bot_replies')] })).toThrow('<RecipeProgram> names recipe "bot_replies"; known: getting_started, bot_reply, crm_contact, order_confirmation, appointment_reminder');
  });
});
