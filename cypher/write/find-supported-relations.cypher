// Relations already stored among those the article states. A relation lives exactly as long
// as a Mention supports it, so the mention index answers without expanding busy entities;
// one mention is enough, however many articles support it.
UNWIND $keys AS key
WITH key
WHERE EXISTS { MATCH (:Mention {relation: key}) }
RETURN key
