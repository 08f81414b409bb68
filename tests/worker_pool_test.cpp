// The worker pool: replies come back tagged, a crash or a hang fails only its own job, the
// jobs queued behind it still run, and workers are replaced after their share of jobs (but not
// for the last few).
#include "worker_pool.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include <map>
#include <set>

namespace kvreg {
namespace {

// Runs `requests` through a pool and returns the results by tag.
std::map<uint64_t, JobResult> RunAll(WorkerPool& pool, const std::vector<std::string>& requests) {
  for (size_t i = 0; i < requests.size(); ++i) pool.Submit(i, requests[i]);
  std::map<uint64_t, JobResult> results;
  std::vector<JobResult> done;
  while (results.size() < requests.size()) {
    done.clear();
    EXPECT_TRUE(pool.Collect(200, &done).ok());
    for (JobResult& r : done) results[r.tag] = std::move(r);
  }
  EXPECT_EQ(pool.in_flight(), 0u);
  return results;
}

std::string Behave(const std::string& request) {
  if (request == "crash") {
    signal(SIGSEGV, SIG_DFL);  // a real death by signal, even under a sanitizer's handler
    raise(SIGSEGV);
  }
  if (request == "exit") _exit(7);
  if (request == "hang") pause();
  if (request == "pid") return std::to_string(getpid());
  if (request.rfind("big", 0) == 0) return std::string(300000, 'x') + request;
  return request + "!";
}

TEST(WorkerPool, RepliesComeBackWithTheirTags) {
  WorkerPoolOptions options;
  options.workers = 2;
  WorkerPool pool(Behave, options);
  std::vector<std::string> requests;
  for (int i = 0; i < 20; ++i) requests.push_back(std::to_string(i) + "r");
  const auto results = RunAll(pool, requests);
  for (size_t i = 0; i < requests.size(); ++i) {
    ASSERT_TRUE(results.at(i).status.ok()) << results.at(i).status.message();
    EXPECT_EQ(results.at(i).reply, requests[i] + "!");
  }
}

// Replies many times the size of one read of the pipe, several queued, come back whole.
TEST(WorkerPool, LongRepliesComeBackWhole) {
  WorkerPoolOptions options;
  options.workers = 2;
  WorkerPool pool(Behave, options);
  std::vector<std::string> requests;
  for (int i = 0; i < 12; ++i) requests.push_back("big" + std::to_string(i));
  const auto results = RunAll(pool, requests);
  for (size_t i = 0; i < requests.size(); ++i) {
    ASSERT_TRUE(results.at(i).status.ok()) << results.at(i).status.message();
    EXPECT_EQ(results.at(i).reply, std::string(300000, 'x') + requests[i]);
  }
}

TEST(WorkerPool, ACrashFailsOnlyItsOwnJobAndTheWorkerIsReplaced) {
  WorkerPoolOptions options;
  options.workers = 1;
  options.queue_per_worker = 3;  // jobs queued behind the crash must run elsewhere
  WorkerPool pool(Behave, options);
  const auto results = RunAll(pool, {"a", "crash", "b", "exit", "c"});
  EXPECT_EQ(results.at(0).reply, "a!");
  EXPECT_FALSE(results.at(1).status.ok());
  EXPECT_EQ(results.at(1).status.message(), "parser crashed: SIGSEGV");
  EXPECT_EQ(results.at(2).reply, "b!");
  EXPECT_FALSE(results.at(3).status.ok());
  EXPECT_EQ(results.at(3).status.message(), "parser failed with exit code 7");
  EXPECT_EQ(results.at(4).reply, "c!");
}

TEST(WorkerPool, AHangIsKilledAfterTheTimeout) {
  WorkerPoolOptions options;
  options.workers = 2;
  options.timeout_seconds = 1;
  WorkerPool pool(Behave, options);
  const auto results = RunAll(pool, {"hang", "a", "b"});
  EXPECT_FALSE(results.at(0).status.ok());
  EXPECT_EQ(results.at(0).status.message(), "parser timed out after 1 s");
  EXPECT_EQ(results.at(1).reply, "a!");
  EXPECT_EQ(results.at(2).reply, "b!");
}

TEST(WorkerPool, WorkersAreRetiredAfterTheirShareOfJobs) {
  WorkerPoolOptions options;
  options.workers = 1;
  options.jobs_per_worker = 2;
  WorkerPool pool(Behave, options);
  const auto results = RunAll(pool, std::vector<std::string>(6, "pid"));
  std::set<std::string> pids;
  for (const auto& [tag, r] : results) pids.insert(r.reply);
  EXPECT_EQ(pids.size(), 3u);
  EXPECT_EQ(pids.count(std::to_string(getpid())), 0u);
}

// Once no more requests will come, a worker due for replacement runs the last few itself.
TEST(WorkerPool, NoWorkerIsReplacedForTheLastRequests) {
  WorkerPoolOptions options;
  options.workers = 1;
  options.jobs_per_worker = 2;
  WorkerPool pool(Behave, options);
  RunAll(pool, {"pid", "pid"});  // the worker has run its share
  pool.EndOfRequests();
  const auto results = RunAll(pool, std::vector<std::string>(3, "pid"));
  std::set<std::string> pids;
  for (const auto& [tag, r] : results) pids.insert(r.reply);
  EXPECT_EQ(pids.size(), 1u);
}

TEST(WorkerPool, FramesSurviveBeingSplit) {
  const std::string bytes = Frame("hello") + Frame("") + Frame(std::string(70000, 'x'));
  std::string buffer, payload;
  std::vector<std::string> got;
  for (char c : bytes) {
    buffer.push_back(c);
    while (Unframe(&buffer, &payload)) got.push_back(payload);
  }
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0], "hello");
  EXPECT_EQ(got[1], "");
  EXPECT_EQ(got[2].size(), 70000u);
}

}  // namespace
}  // namespace kvreg
