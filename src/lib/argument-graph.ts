/**
 * The argument graph in the Argument Interchange Format's JSON form, as AIFdb and OVA read and write
 * it: `nodes` ({nodeID, text, type}), `edges` ({edgeID, fromID, toID, formEdgeID}), `locutions`
 * ({nodeID, personID, source}) and `participants`. Inference Anchoring Theory reads it:
 *
 * - every argument is an I node whose text is its claim;
 * - every quotation is an L node (the locution: "speaker: words", the speaker being the document's
 *   author, "author (quoting <work>)" where the document quotes another work) anchored by a YA node "Asserting" to an I node holding the same words (the proposition
 *   the document asserts), and that I node supports the claim through an RA node: the quoted words
 *   are the premise the site reads the claim from;
 * - every question an argument raises is an L node anchored by a YA node "Pure Questioning" to the claim
 *   it probes, with no RA or CA: a question neither supports nor attacks;
 * - an argument's `related` (arguments that support or extend it) each support it through an RA node;
 * - an argument's `rebuts` each get a CA node from the rebutting claim to the rebutted one.
 *
 * Node ids are the argument page's absolute URL (the claim) or that URL with a fragment naming the
 * piece, so they are stable across builds and say where to read more. A participant is the author of
 * one document, identified by that document's page, with the name as printed (`name`): the content
 * does not split names into first name and surname, so neither does the graph.
 */
import { authorName } from './authors.ts';
import type { Corpus } from './corpus/types.ts';
import { normalizeSpace } from './quotations.ts';
import { paths } from './urls.ts';
import type { PageUrls } from './views/urls.ts';

export type AifNodeType = 'I' | 'L' | 'RA' | 'CA' | 'YA';

export interface AifNode {
  nodeID: string;
  text: string;
  type: AifNodeType;
}
export interface AifEdge {
  edgeID: string;
  fromID: string;
  toID: string;
  formEdgeID: null;
}
export interface AifLocution {
  nodeID: string;
  personID: string;
  /** The verified URL of the document the words are in. */
  source: string;
}
export interface AifParticipant {
  participantID: string;
  name: string;
}
export interface AifGraph {
  nodes: AifNode[];
  edges: AifEdge[];
  locutions: AifLocution[];
  participants: AifParticipant[];
}

/** The AIF graph of every argument in the corpus, in the corpus's argument order. */
export function argumentGraph(corpus: Corpus, urls: PageUrls): AifGraph {
  const graph: AifGraph = { nodes: [], edges: [], locutions: [], participants: [] };
  const people = new Map<string, string>();
  const claim = (id: string) => urls.absolute(paths.argument(id));
  /** An S or YA node between two nodes, with its two edges. */
  const link = (nodeID: string, type: AifNodeType, text: string, fromID: string, toID: string) => {
    graph.nodes.push({ nodeID, text, type });
    graph.edges.push({ edgeID: `${nodeID}-from`, fromID, toID: nodeID, formEdgeID: null });
    graph.edges.push({ edgeID: `${nodeID}-to`, fromID: nodeID, toID, formEdgeID: null });
  };
  const locution = (nodeID: string, q: { document: string; text: string; quoting?: string | undefined }) => {
    const document = corpus.document(q.document);
    const words = normalizeSpace(q.text);
    const author = authorName(document.data.author);
    // Words the document quotes from another work stay the document's locution, and say whose they are.
    const speaker = q.quoting ? `${author} (quoting ${corpus.source(q.quoting).data.title})` : author;
    // The speaker is the author of one document: its page is the participant's id.
    const personID = urls.absolute(paths.document(q.document));
    people.set(personID, author);
    graph.nodes.push({ nodeID, text: `${speaker}: ${words}`, type: 'L' });
    graph.locutions.push({ nodeID, personID, source: document.data.url });
  };

  for (const argument of corpus.arguments) {
    const id = claim(argument.id);
    graph.nodes.push({ nodeID: id, text: argument.data.title, type: 'I' });
    argument.data.quotations.forEach((q, i) => {
      const at = `${id}#quotation-${i + 1}`;
      locution(`${at}-locution`, q);
      graph.nodes.push({ nodeID: at, text: normalizeSpace(q.text), type: 'I' });
      link(`${at}-asserting`, 'YA', 'Asserting', `${at}-locution`, at);
      link(`${at}-support`, 'RA', 'Default Inference', at, id);
    });
    argument.data.questions.forEach((q, i) => {
      const at = `${id}#question-${i + 1}`;
      locution(`${at}-locution`, q);
      link(`${at}-questioning`, 'YA', 'Pure Questioning', `${at}-locution`, id);
    });
    for (const other of argument.data.related) {
      link(`${id}#supported-by-${other}`, 'RA', 'Default Inference', claim(other), id);
    }
    for (const other of argument.data.rebuts) {
      link(`${id}#rebuts-${other}`, 'CA', 'Default Conflict', id, claim(other));
    }
  }
  graph.participants = [...people].map(([participantID, name]) => ({ participantID, name }));
  return graph;
}
