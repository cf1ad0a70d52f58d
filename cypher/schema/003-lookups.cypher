// Text indexes answer CONTAINS quickly: they serve one-character searches, which bigrams cannot.
CREATE TEXT INDEX person_name_text IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE TEXT INDEX organization_name_text IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE TEXT INDEX place_name_text IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE TEXT INDEX project_name_text IF NOT EXISTS FOR (n:Project) ON (n.name);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);

// The first screen lists the biggest projects: ordered by amount from the index.
CREATE INDEX project_investment IF NOT EXISTS FOR (n:Project) ON (n.investment);
CREATE INDEX article_file IF NOT EXISTS FOR (n:Article) ON (n.file);
