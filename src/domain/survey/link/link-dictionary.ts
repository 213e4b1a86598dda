/**
 * The preset dictionary every version-1 link is deflated with (RFC 1951 allows one): the JSON skeleton, the
 * scales and the words our questionnaires use most, so even a link's first sentence compresses. It is part of
 * the link format: changing one character breaks every link sent, so a new dictionary is a new version.
 */
const WORDS = [
  '{"f":"leersteunspiegel-bevraging","v":1,"id":"","g":"partnerSchools","teachers","parents","primaryPupils",',
  '"secondaryPupils","clb","supportStaff","c":"Leersteuncentrum ","i":"',
  'Wat doet het leersteuncentrum goed? Wat zou het leersteuncentrum anders of beter kunnen doen? Wat vind je ',
  'de leerondersteuner, het leersteuncentrum, de leersteun, het leersteuntraject, onze school, ons schoolteam, ',
  'de leerling, mijn kind, de leraar, het CLB, de ouders, de klas, ',
  'Het leersteuncentrum Mijn leerondersteuner De leerondersteuner Door de leersteun Ik krijg Ik weet Ik kan ',
  'Ik voel me met, over, voor, van, bij, in de, op de, dat, die, zijn, wordt, kan, goed, samen, afspraken, ',
  'duidelijk, ondersteuning, onderwijs, hulp, "s":[["","."],["',
  '"a":[["disagree","helemaal niet akkoord"],["ratherDisagree","eerder niet akkoord"],["ratherAgree",',
  '"eerder akkoord"],["agree","helemaal akkoord"]],"n":["weet ik niet / niet van toepassing"],',
  '"a":[["disagree","klopt niet"],["ratherDisagree","klopt eerder niet"],["ratherAgree","klopt eerder wel"],',
  '["agree","klopt"]],"n":["weet ik niet"],"o":[["-open-goed","Wat"],["-open-beter","Wat"]],"e":"2027-',
].join('');

/** The dictionary's bytes, as fflate takes them. */
export const LINK_DICTIONARY_V1 = new TextEncoder().encode(WORDS);
