#pragma once

// The FTS5 tokenizer "minutebook_sv": FTS5's own unicode61 (remove_diacritics 0) splits and
// lower-cases the text, SearchTerms decides the tokens. SQLite keeps tokenizers per connection,
// so every connection the program opens registers it (Database::open does) before it reads or
// writes a table with a full-text index: the triggers that keep the index in step need it too.

#include "Result.h"

class QSqlDatabase;

namespace minutebook {

namespace SearchTokenizer {

/// The name used in `CREATE VIRTUAL TABLE … USING fts5(…, tokenize = '…')`.
constexpr const char *name = "minutebook_sv";

/// Registers the tokenizer on the open SQLite connection `db`.
Status registerOn(const QSqlDatabase &db);

} // namespace SearchTokenizer

} // namespace minutebook
