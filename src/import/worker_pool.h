// WorkerPool: long-lived worker processes that run one job function on requests sent to them
// over pipes, so that a crash (signal) or a hang of one job costs only that job. Each worker is
// forked once and fed request after request; one that dies or runs past the timeout is killed
// and replaced by a fresh fork at its next request. A worker is retired after a number of jobs
// so that whatever a library leaks or caches in it cannot grow without bound.
// Not thread-safe: one thread owns a pool. Requests and replies are byte strings.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <vector>

#include "kvreg/status.h"

namespace kvreg {

struct WorkerPoolOptions {
  int workers = 1;            // processes at once
  int queue_per_worker = 16;  // requests sent ahead to a worker, so it never waits for the parent
  int timeout_seconds = 60;   // per job, from the moment the worker starts on it
  int jobs_per_worker = 500;  // a worker is replaced after this many jobs (the first ones of
                              // the pool sooner, staggered, so that they are not all replaced
                              // at once)
};

// The end of one job: either the worker's reply or why there is none.
struct JobResult {
  uint64_t tag = 0;
  Status status;      // ok, or why there is no reply: "parser crashed: SIGSEGV", "parser timed
                      // out after 60 s", a worker that could not be started, ...
  std::string reply;  // when status.ok()
};

class WorkerPool {
 public:
  // Runs in the worker process: the reply to one request. It may crash or hang.
  using Job = std::function<std::string(const std::string& request)>;

  // Workers are forked when the first requests come. Sets SIGPIPE to ignored in this process,
  // so that writing to a dead worker gives an error instead of ending the parent.
  WorkerPool(Job job, const WorkerPoolOptions& options);
  ~WorkerPool();  // kills and reaps every worker
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // Queues a request; `tag` comes back with its result. Jobs start in the order queued.
  void Submit(uint64_t tag, std::string request);
  // Says that no more requests will come. Workers due for replacement then run the few left
  // instead: a fresh fork would spend longer starting than on them.
  void EndOfRequests() { requests_over_ = true; }
  // Requests queued or running. Keep it near capacity() to keep every worker busy.
  size_t in_flight() const { return waiting_.size() + running_; }
  size_t capacity() const;

  // Waits up to `timeout_ms` for jobs to end and appends the ended ones to `done`. A job whose
  // worker cannot be started (fork or pipe failing) ends failed with the reason. Fails only
  // when waiting itself fails.
  Status Collect(int timeout_ms, std::vector<JobResult>* done);

 private:
  struct Pending {
    uint64_t tag;
    std::string request;
  };
  struct Worker {
    pid_t pid = -1;
    int to_worker = -1;        // requests
    int from_worker = -1;      // replies
    std::deque<Pending> sent;  // in the order the worker runs them; front() is running
    std::chrono::steady_clock::time_point front_started;
    std::string buffer;  // reply bytes read so far
    int jobs_started = 0;
    int retire_after = 0;  // jobs
    int generation = 0;    // workers started in this slot
    bool timed_out = false;
  };

  Status Start(Worker* w);
  bool DueForRetirement(const Worker& w) const;
  void Dispatch(std::vector<JobResult>* done);
  bool ReadReplies(Worker* w, std::vector<JobResult>* done);  // false: the worker is gone
  void Bury(Worker* w, std::vector<JobResult>* done);
  void Retire(Worker* w);
  [[noreturn]] void RunWorker(int requests, int replies);

  Job job_;
  WorkerPoolOptions options_;
  std::vector<Worker> workers_;
  std::deque<Pending> waiting_;
  size_t running_ = 0;  // requests sent to workers and not yet ended
  bool requests_over_ = false;
};

// Frames for the pipes: an 8-byte length, then the bytes.
std::string Frame(const std::string& payload);
// Takes one whole frame off the front of `buffer` into `payload`; false when none is complete.
bool Unframe(std::string* buffer, std::string* payload);

}  // namespace kvreg
