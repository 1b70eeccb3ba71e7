#pragma once

// Finds a widget of the window by its object name, the way a user finds it by its place: tests
// need no getters that production code does not use.

#include <QObject>
#include <QString>

#include <gtest/gtest.h>

namespace minutebook::test {

/// The descendant of `root` named `name` (objectName), or nullptr and a test failure.
template<typename T>
T *child(const QObject *root, const char *name)
{
    if (!root) {
        ADD_FAILURE() << "no parent to look for \"" << name << "\" in";
        return nullptr;
    }
    T *found = root->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        ADD_FAILURE() << "no child \"" << name << "\" of the expected type";
    return found;
}

} // namespace minutebook::test
