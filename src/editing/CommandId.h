#pragma once

// The merge ids of the commands that merge (QUndoCommand::id()): one enum, so no two kinds of
// edit share an id by accident.

namespace minutebook {

enum class CommandId : int {
    None = -1, ///< does not merge
    HeaderField = 1, ///< typing into one header field
    ItemField, ///< typing into one field of one item
};

} // namespace minutebook
