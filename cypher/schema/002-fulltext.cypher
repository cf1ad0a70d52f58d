// Chinese full-text search over names and aliases: the cjk analyzer indexes character bigrams.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Person|Organization|Place|Project|Event)
ON EACH [n.name, n.aliasText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
CREATE FULLTEXT INDEX article_text IF NOT EXISTS
FOR (n:Article)
ON EACH [n.headline, n.text]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
