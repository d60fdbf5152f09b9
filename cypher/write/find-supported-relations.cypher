// Relations already stored among those the article states. A relation lives exactly as long
// as a Mention supports it, so the mention index answers without expanding busy entities.
UNWIND $keys AS key
MATCH (m:Mention {relation: key})
RETURN DISTINCT key
