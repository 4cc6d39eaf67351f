// "Kamianske in the southeastern Zaporizhzhia region", "Dehtiarne in northeastern Kharkiv region": English wire copy
// puts a compass adjective between "in (the)" and the oblast it places a settlement in. The joint stays a containment.

/** "in", "of", "in the", "in the southeastern", "of central": the English joint before a containing region or district
 * (a regular-expression source in lower case, no anchors). */
export const IN_THE = String.raw`(?:in|of)\s+(?:the\s+)?(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)ern\s+|central\s+)?`;
