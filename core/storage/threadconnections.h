#pragma once
// Per-thread database connections (see Database: one Qt connection per thread and Database object).
//
// A thread started by Qt (QThread, QThreadPool/QtConcurrent) closes its connections when it ends. A
// thread of our own (std::thread, e.g. the push receiver's handler threads) calls
// releaseThreadConnections() as the last thing it does with the database, before it ends: its
// connections are closed there, in the thread that opened them. Calling it in any thread is safe; the
// next use of a Database in that thread opens a new connection.
namespace od {

void releaseThreadConnections();

} // namespace od
