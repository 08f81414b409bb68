// The worker pool: fork once per worker, feed it framed requests over one pipe and read framed
// replies from another. The parent polls the reply pipes; end of file on one means the worker
// died, and its exit status says why (a signal, an exit code, or our SIGKILL after a timeout).
// The job it was running fails with that reason; the requests queued behind it go back to the
// front of the queue for the next worker, so they are not blamed for a neighbour's crash.
#include "worker_pool.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace kvreg {
namespace {

using Clock = std::chrono::steady_clock;

std::string SignalName(int signal) {
  const char* abbrev = sigabbrev_np(signal);
  return abbrev ? std::string("SIG") + abbrev : "signal " + std::to_string(signal);
}

bool WriteAll(int fd, const std::string& bytes) {
  size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    written += static_cast<size_t>(n);
  }
  return true;
}

// Blocking read of one frame (in the worker); false on end of file or an error.
bool ReadFrame(int fd, std::string* buffer, std::string* payload) {
  char chunk[1 << 14];
  while (!Unframe(buffer, payload)) {
    const ssize_t n = read(fd, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    buffer->append(chunk, static_cast<size_t>(n));
  }
  return true;
}

void CloseFd(int* fd) {
  if (*fd >= 0) close(*fd);
  *fd = -1;
}

}  // namespace

std::string Frame(const std::string& payload) {
  std::string out(8, '\0');
  uint64_t size = payload.size();
  std::memcpy(out.data(), &size, sizeof size);
  return out + payload;
}

bool Unframe(std::string* buffer, std::string* payload) {
  if (buffer->size() < 8) return false;
  uint64_t size = 0;
  std::memcpy(&size, buffer->data(), sizeof size);
  if (buffer->size() - 8 < size) return false;
  payload->assign(*buffer, 8, size);
  buffer->erase(0, 8 + size);
  return true;
}

WorkerPool::WorkerPool(Job job, const WorkerPoolOptions& options)
    : job_(std::move(job)), options_(options) {
  if (options_.workers < 1) options_.workers = 1;
  if (options_.queue_per_worker < 1) options_.queue_per_worker = 1;
  if (options_.jobs_per_worker < 1) options_.jobs_per_worker = 1;
  workers_.resize(static_cast<size_t>(options_.workers));
  signal(SIGPIPE, SIG_IGN);  // a dead worker's pipe gives EPIPE, not the end of the parent
}

WorkerPool::~WorkerPool() {
  for (Worker& w : workers_) {
    if (w.pid <= 0) continue;
    kill(w.pid, SIGKILL);
    CloseFd(&w.to_worker);
    CloseFd(&w.from_worker);
    waitpid(w.pid, nullptr, 0);
  }
}

size_t WorkerPool::capacity() const {
  return workers_.size() * static_cast<size_t>(options_.queue_per_worker);
}

void WorkerPool::Submit(uint64_t tag, std::string request) {
  waiting_.push_back(Pending{tag, std::move(request)});
}

[[noreturn]] void WorkerPool::RunWorker(int requests, int replies) {
  std::string buffer, request;
  while (ReadFrame(requests, &buffer, &request)) {
    if (!WriteAll(replies, Frame(job_(request)))) _exit(3);
  }
  _exit(0);  // the parent closed the request pipe: retired; no destructors in a fork
}

Status WorkerPool::Start(Worker* w) {
  int requests[2], replies[2];
  if (pipe(requests) != 0)
    return Status::IoError(std::string("cannot create a pipe: ") + strerror(errno));
  if (pipe(replies) != 0) {
    close(requests[0]);
    close(requests[1]);
    return Status::IoError(std::string("cannot create a pipe: ") + strerror(errno));
  }
  const pid_t parent = getpid();
  const pid_t pid = fork();
  if (pid < 0) {
    for (int fd : {requests[0], requests[1], replies[0], replies[1]}) close(fd);
    return Status::IoError(std::string("cannot start a worker: ") + strerror(errno));
  }
  if (pid == 0) {
    // A worker must not outlive its importer (killed with -9, say) and go on parsing a file
    // that hangs.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(4);
    // The other workers' pipe ends must not stay open here, or their end of file never comes.
    for (Worker& other : workers_) {
      if (other.to_worker >= 0) close(other.to_worker);
      if (other.from_worker >= 0) close(other.from_worker);
    }
    close(requests[1]);
    close(replies[0]);
    RunWorker(requests[0], replies[1]);
  }
  close(requests[0]);
  close(replies[1]);
  fcntl(replies[0], F_SETFL, fcntl(replies[0], F_GETFL) | O_NONBLOCK);
  fcntl(replies[0], F_SETPIPE_SZ, 1 << 20);
  w->pid = pid;
  w->to_worker = requests[1];
  w->from_worker = replies[0];
  w->jobs_started = 0;
  // Slot k of n first retires after (k + 1) / n of the share, later ones after all of it: the
  // slots' workers are then replaced one at a time, and the others work on meanwhile.
  const long long slot = w - workers_.data();
  w->retire_after =
      w->generation++ > 0
          ? options_.jobs_per_worker
          : std::max<int>(1, options_.jobs_per_worker * (slot + 1) / options_.workers);
  w->timed_out = false;
  w->buffer.clear();
  return Status::Ok();
}

// A worker that has run its share of jobs leaves; its slot forks a fresh one when needed.
void WorkerPool::Retire(Worker* w) {
  CloseFd(&w->to_worker);  // the worker reads end of file and exits
  CloseFd(&w->from_worker);
  while (waitpid(w->pid, nullptr, 0) < 0 && errno == EINTR) {
  }
  w->pid = -1;
}

bool WorkerPool::DueForRetirement(const Worker& w) const {
  return w.pid > 0 && w.jobs_started >= w.retire_after && !requests_over_;
}

// Each request goes to the worker with the fewest queued, so that the queues stay even and the
// last requests of a batch are not left queued behind one worker while another idles.
void WorkerPool::Dispatch(std::vector<JobResult>* done) {
  const size_t depth = static_cast<size_t>(options_.queue_per_worker);
  for (Worker& w : workers_) {
    if (w.sent.empty() && DueForRetirement(w)) Retire(&w);
  }
  while (!waiting_.empty()) {
    Worker* w = nullptr;
    for (Worker& candidate : workers_) {
      if (candidate.timed_out || candidate.sent.size() >= depth || DueForRetirement(candidate)) {
        continue;
      }
      if (w == nullptr || candidate.sent.size() < w->sent.size()) w = &candidate;
    }
    if (w == nullptr) return;
    if (w->pid <= 0) {
      Status started = Start(w);
      if (!started.ok()) {  // fail this job rather than spin on it
        done->push_back({waiting_.front().tag, started, ""});
        waiting_.pop_front();
        continue;
      }
    }
    Pending job = std::move(waiting_.front());
    waiting_.pop_front();
    if (!WriteAll(w->to_worker, Frame(job.request))) {
      waiting_.push_front(std::move(job));  // the worker is dying; its end of file follows
      return;
    }
    if (w->sent.empty()) w->front_started = Clock::now();
    w->sent.push_back(std::move(job));
    ++w->jobs_started;
    ++running_;
  }
}

// One read per call: replies not read yet wait in the pipe, so that however many a worker has
// queued, only a few at a time are in this process's memory.
bool WorkerPool::ReadReplies(Worker* w, std::vector<JobResult>* done) {
  char chunk[1 << 16];
  ssize_t n;
  do {
    n = read(w->from_worker, chunk, sizeof chunk);
  } while (n < 0 && errno == EINTR);
  if (n > 0) w->buffer.append(chunk, static_cast<size_t>(n));
  std::string reply;
  while (!w->sent.empty() && Unframe(&w->buffer, &reply)) {
    done->push_back({w->sent.front().tag, Status::Ok(), std::move(reply)});
    w->sent.pop_front();
    --running_;
    w->front_started = Clock::now();
  }
  return n > 0 || (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK));
}

void WorkerPool::Bury(Worker* w, std::vector<JobResult>* done) {
  CloseFd(&w->to_worker);
  CloseFd(&w->from_worker);
  int status = 0;
  while (waitpid(w->pid, &status, 0) < 0 && errno == EINTR) {
  }
  w->pid = -1;
  if (!w->sent.empty()) {
    std::string reason;
    if (w->timed_out) {
      reason = "parser timed out after " + std::to_string(options_.timeout_seconds) + " s";
    } else if (WIFSIGNALED(status)) {
      reason = "parser crashed: " + SignalName(WTERMSIG(status));
    } else if (WIFEXITED(status) && WEXITSTATUS(status) != 0) {
      reason = "parser failed with exit code " + std::to_string(WEXITSTATUS(status));
    } else {
      reason = "the parser sent no record";
    }
    done->push_back({w->sent.front().tag, Status::Error(reason), ""});
    w->sent.pop_front();
    --running_;
    while (!w->sent.empty()) {  // not started, or not to blame: run them elsewhere
      waiting_.push_front(std::move(w->sent.back()));
      w->sent.pop_back();
      --running_;
    }
  }
  w->timed_out = false;
  w->buffer.clear();
}

Status WorkerPool::Collect(int timeout_ms, std::vector<JobResult>* done) {
  Dispatch(done);
  std::vector<pollfd> polls;
  std::vector<Worker*> polled;
  for (Worker& w : workers_) {
    if (w.pid <= 0 || w.sent.empty()) continue;
    polls.push_back({w.from_worker, POLLIN, 0});
    polled.push_back(&w);
  }
  if (polls.empty()) return Status::Ok();
  const int wait_ms = std::min(timeout_ms, 200);  // wake up for timeouts
  if (poll(polls.data(), polls.size(), wait_ms) < 0 && errno != EINTR) {
    return Status::IoError(std::string("cannot wait for the workers: ") + strerror(errno));
  }
  const Clock::time_point now = Clock::now();
  for (size_t i = 0; i < polled.size(); ++i) {
    Worker* w = polled[i];
    if (polls[i].revents != 0 && !ReadReplies(w, done)) {
      Bury(w, done);
      continue;
    }
    if (!w->sent.empty() && !w->timed_out &&
        now - w->front_started > std::chrono::seconds(options_.timeout_seconds)) {
      kill(w->pid, SIGKILL);  // its end of file comes next, and Bury names the timeout
      w->timed_out = true;
    }
  }
  Dispatch(done);
  return Status::Ok();
}

}  // namespace kvreg
