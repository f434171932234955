/* log_line.c -- a web-server access-log hot path (nginx / Apache
   "combined"-like format): for every finished request a log line is
   formatted into a temporary 256-byte buffer and handed to the log
   writer, which copies it into an in-memory ring buffer that a
   background thread would flush.

   Heap object: the line buffer, malloc (256), constant size.
   Build with -DLIMIT to use a local char array instead.  */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"

#define LOG_LINE_MAX 256
#define RING_SIZE 65536
#define NREQS 1024

struct request
{
  uint32_t addr;
  uint16_t status;
  uint8_t method;
  uint8_t path_id;
  uint32_t bytes;
  uint32_t usec;
  uint32_t user_id;
  uint64_t msec_time;
};

static struct request reqs[NREQS];
static char ring[RING_SIZE];
static size_t ring_head;
static uint64_t lines_written;
static uint64_t bytes_written;

static const char *const methods[] = { "GET", "POST", "PUT", "DELETE",
                                       "HEAD", "PATCH", "GET", "GET" };
static const char *const paths[] = {
  "/", "/index.html", "/api/v1/users", "/api/v1/orders", "/static/app.js",
  "/static/style.css", "/login", "/logout", "/search", "/api/v2/items",
  "/healthz", "/metrics", "/favicon.ico", "/cart", "/checkout",
  "/api/v1/users/me/preferences"
};

/* Fill the request table with NREQS deterministic finished requests.  */

static void
make_requests (void)
{
  uint64_t s = 0x0badc0ffee0ddf00ULL;
  int i;

  for (i = 0; i < NREQS; i++)
    {
      uint64_t r = bench_rand (&s);
      static const uint16_t codes[] = { 200, 200, 200, 304, 404, 500, 201,
                                        302 };

      reqs[i].addr = (uint32_t) r;
      reqs[i].status = codes[(r >> 32) & 7];
      reqs[i].method = (r >> 35) & 7;
      reqs[i].path_id = (r >> 38) & 15;
      reqs[i].bytes = (r >> 42) % 200000;
      reqs[i].usec = (uint32_t) (bench_rand (&s) % 5000000);
      reqs[i].user_id = (r >> 20) & 3 ? 0 : (uint32_t) ((r >> 8) % 100000);
      reqs[i].msec_time = 1700000000000ULL + (uint64_t) i * 37;
    }
}

/* Write the decimal form of V at BUF + POS; return the new position.  */

static size_t
put_uint (char *buf, size_t pos, unsigned long long v)
{
  char tmp[24];
  int n = 0;

  do
    {
      tmp[n++] = '0' + v % 10;
      v /= 10;
    }
  while (v);
  while (n)
    buf[pos++] = tmp[--n];
  return pos;
}

/* Write the string S at BUF + POS; return the new position.  */

static size_t
put_str (char *buf, size_t pos, const char *s)
{
  while (*s)
    buf[pos++] = *s++;
  return pos;
}

/* Format the access-log line of request *R into BUF, which has room for
   LOG_LINE_MAX bytes.  Return the length of the line.  */

static BENCH_NOINLINE size_t
format_access_log (char *buf, const struct request *r)
{
  size_t pos = 0;
  int i;

  for (i = 3; i >= 0; i--)
    {
      pos = put_uint (buf, pos, (r->addr >> (8 * i)) & 255);
      buf[pos++] = i ? '.' : ' ';
    }
  buf[pos++] = '-';
  buf[pos++] = ' ';
  if (r->user_id)
    {
      pos = put_str (buf, pos, "user");
      pos = put_uint (buf, pos, r->user_id);
    }
  else
    buf[pos++] = '-';
  pos = put_str (buf, pos, " [");
  pos = put_uint (buf, pos, r->msec_time / 1000);
  buf[pos++] = '.';
  buf[pos++] = '0' + r->msec_time / 100 % 10;
  buf[pos++] = '0' + r->msec_time / 10 % 10;
  buf[pos++] = '0' + r->msec_time % 10;
  pos = put_str (buf, pos, "] \"");
  pos = put_str (buf, pos, methods[r->method]);
  buf[pos++] = ' ';
  pos = put_str (buf, pos, paths[r->path_id]);
  pos = put_str (buf, pos, " HTTP/1.1\" ");
  pos = put_uint (buf, pos, r->status);
  buf[pos++] = ' ';
  pos = put_uint (buf, pos, r->bytes);
  buf[pos++] = ' ';
  pos = put_uint (buf, pos, r->usec / 1000);
  buf[pos++] = '.';
  pos = put_uint (buf, pos, r->usec % 1000);
  buf[pos++] = '\n';
  if (pos > LOG_LINE_MAX)
    abort ();
  return pos;
}

/* Copy the LEN-byte line at LINE into the log ring buffer.  */

static BENCH_NOINLINE void
log_write (const char *line, size_t len)
{
  size_t first = RING_SIZE - ring_head;

  if (len < first)
    {
      memcpy (ring + ring_head, line, len);
      ring_head += len;
    }
  else
    {
      memcpy (ring + ring_head, line, first);
      memcpy (ring, line + first, len - first);
      ring_head = len - first;
    }
  lines_written++;
  bytes_written += len;
}

/* Log the finished request *R.  */

static BENCH_NOINLINE void
log_request (const struct request *r)
{
  size_t len;
#ifdef LIMIT
  char buf[LOG_LINE_MAX];
#else
  char *buf = malloc (LOG_LINE_MAX);

  if (!buf)
    abort ();
#endif
  len = format_access_log (buf, r);
  log_write (buf, len);
#ifndef LIMIT
  free (buf);
#endif
}

/* Run the workload and print its checksum.  */

int
main (int argc, char **argv)
{
  unsigned long n = bench_iterations (argc, argv, 6000000);
  unsigned long i;
  uint64_t sum = 0;

  make_requests ();
  for (i = 0; i < n; i++)
    {
      reqs[i % NREQS].msec_time += 1;
      log_request (&reqs[(i * 5) % NREQS]);
    }
  for (i = 0; i < RING_SIZE; i += 8)
    {
      uint64_t w;

      memcpy (&w, ring + i, 8);
      sum = bench_mix (sum, w);
    }
  sum = bench_mix (sum, bytes_written);
  bench_report (bench_mix (sum, lines_written), n);
  return 0;
}
