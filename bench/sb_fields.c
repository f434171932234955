/* sb_fields.c -- a metrics exporter (Prometheus text exposition
   style): for each sample a line "name{job="...",instance="..."} value"
   is built in a string builder on the stack, struct { buf, len, cap }
   with a fixed capacity, by noinline append helpers, and the line is
   hashed into the scrape's checksum.

   Heap object: the builder's buffer, malloc (LINE_CAP), constant size.
   Build with -DLIMIT to use a local char array instead.

   The helpers read sb->len and sb->cap as integers and write through
   sb->buf; none of them reads the bytes of sb->buf itself (issue 11's
   field-sensitive rule).  Each append returns the new length and the
   caller stores it: GCC 12's modref drops a helper's "no indirect
   escape" flag when the helper stores back a value it read through its
   parameter (sb->len += n), and points-to analysis then calls the
   buffer escaped.  */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"

#define LINE_CAP 128
#define NNAMES 6
#define NJOBS 4

struct sbuf
{
  char *buf;
  size_t len, cap;
};

static const char *const names[NNAMES] = {
  "http_requests_total", "http_request_duration_seconds_sum",
  "process_cpu_seconds_total", "go_goroutines", "node_load1",
  "up"
};
static const char *const jobs[NJOBS] = {
  "api", "frontend", "node-exporter", "db"
};

/* Start an empty string in SB, whose buffer has CAP bytes.  */

static BENCH_NOINLINE void
sb_init (struct sbuf *sb, size_t cap)
{
  sb->len = 0;
  sb->cap = cap;
  sb->buf[0] = 0;
}

/* Append the string S to SB (truncated to its capacity); return the
   new length.  */

static BENCH_NOINLINE size_t
sb_add (const struct sbuf *sb, const char *s)
{
  size_t len = sb->len;

  for (; *s && len + 1 < sb->cap; s++)
    sb->buf[len++] = *s;
  sb->buf[len] = 0;
  return len;
}

/* Append the decimal digits of V to SB; return the new length.  */

static BENCH_NOINLINE size_t
sb_add_u32 (const struct sbuf *sb, uint32_t v)
{
  char tmp[12];
  int n = 0;
  size_t len = sb->len;

  do
    {
      tmp[n++] = '0' + v % 10;
      v /= 10;
    }
  while (v);
  while (n && len + 1 < sb->cap)
    sb->buf[len++] = tmp[--n];
  sb->buf[len] = 0;
  return len;
}

/* Return the length of the string in SB.  */

static BENCH_NOINLINE size_t
sb_len (const struct sbuf *sb)
{
  return sb->len;
}

/* Return the 64-bit FNV-1a hash of the LEN bytes at S.  */

static BENCH_NOINLINE uint64_t
hash_bytes (const char *s, size_t len)
{
  uint64_t h = 0xcbf29ce484222325ULL;
  size_t i;

  for (i = 0; i < len; i++)
    h = (h ^ (unsigned char) s[i]) * 0x100000001b3ULL;
  return h ^ (h >> 29);
}

/* Format the sample (NAME, JOB, INSTANCE, VALUE) as one exposition line
   and return its hash.  */

static BENCH_NOINLINE uint64_t
format_sample (unsigned name, unsigned job, uint32_t instance,
               uint32_t value)
{
  struct sbuf sb;
  uint64_t h;
#ifdef LIMIT
  char line[LINE_CAP];
  char *p = line;
#else
  char *p = malloc (LINE_CAP);

  if (!p)
    abort ();
#endif
  sb.buf = p;
  sb_init (&sb, LINE_CAP);
  sb.len = sb_add (&sb, names[name]);
  sb.len = sb_add (&sb, "{job=\"");
  sb.len = sb_add (&sb, jobs[job]);
  sb.len = sb_add (&sb, "\",instance=\"10.0.0.");
  sb.len = sb_add_u32 (&sb, instance);
  sb.len = sb_add (&sb, ":9100\"} ");
  sb.len = sb_add_u32 (&sb, value);
  h = hash_bytes (p, sb_len (&sb));
#ifndef LIMIT
  free (p);
#endif
  return h;
}

/* Run the workload and print its checksum.  */

int
main (int argc, char **argv)
{
  unsigned long n = bench_iterations (argc, argv, 3000000);
  unsigned long i;
  uint64_t s = 0x5eed5eed5eed5eedULL;
  uint64_t sum = 0;

  for (i = 0; i < n; i++)
    {
      uint64_t x = bench_rand (&s);

      sum = bench_mix (sum, format_sample (x % NNAMES, (x >> 8) % NJOBS,
                                           (x >> 16) % 256,
                                           (uint32_t) (x >> 32)));
    }
  bench_report (sum, n);
  return 0;
}
