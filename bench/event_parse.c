/* event_parse.c -- a metrics-ingestion hot path (statsd / DogStatsD
   style): every incoming line "name:value|type|@rate|#tag:v,tag:v" is
   parsed into a temporary struct event, folded into per-metric
   aggregates and thrown away.  Daemons such as statsd, Telegraf or the
   Datadog agent do exactly this for millions of lines a second.

   Heap object: one struct event (136 bytes, constant size) per line.
   Build with -DLIMIT to use a local struct instead.  */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"

#define MAX_TAGS 8
#define NLINES 1024
#define POOL_SIZE (NLINES * 96)
#define NSLOTS 256

enum metric_type { M_COUNTER, M_GAUGE, M_TIMER, M_HISTOGRAM, M_SET };

struct event
{
  uint32_t name_off;
  uint32_t name_len;
  uint64_t name_hash;
  int64_t value;                /* fixed point, 1/1000 */
  uint32_t type;
  uint32_t rate_milli;
  uint32_t ntags;
  uint32_t flags;
  uint64_t tag_hash[MAX_TAGS];
  uint16_t tag_off[MAX_TAGS];
  uint16_t tag_len[MAX_TAGS];
};

struct aggregate
{
  int64_t sum[5];
  uint64_t count;
  uint64_t tags;
  int64_t last_gauge;
};

static char pool[POOL_SIZE];
static uint32_t line_off[NLINES];
static uint32_t line_len[NLINES];
static struct aggregate agg[NSLOTS];

static const char *const names[] = {
  "api.requests", "api.latency", "db.query.time", "db.pool.idle",
  "cache.hits", "cache.misses", "queue.depth", "worker.busy",
  "http.status.5xx", "gc.pause", "disk.free", "users.unique"
};
static const char *const tags[] = {
  "env:prod", "env:staging", "region:eu-west-1", "region:us-east-2",
  "host:web-17", "host:web-42", "service:checkout", "service:search",
  "version:1.8.3", "az:b"
};
static const char *const types[] = { "c", "g", "ms", "h", "s" };

/* Append the string S to the pool at *POS.  */

static void
put_str (uint32_t *pos, const char *s)
{
  size_t n = strlen (s);

  memcpy (pool + *pos, s, n);
  *pos += n;
}

/* Append the decimal form of V to the pool at *POS.  */

static void
put_uint (uint32_t *pos, unsigned long v)
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
    pool[(*pos)++] = tmp[--n];
}

/* Fill the line pool with NLINES deterministic event lines.  */

static void
make_lines (void)
{
  uint64_t s = 0x1234567887654321ULL;
  uint32_t pos = 0;
  int i, t;

  for (i = 0; i < NLINES; i++)
    {
      uint64_t r = bench_rand (&s);
      int ntag = r % 5;

      if (pos + 256 > POOL_SIZE)
        abort ();
      line_off[i] = pos;
      put_str (&pos, names[(r >> 8) % 12]);
      pool[pos++] = ':';
      if ((r >> 16) % 7 == 0)
        pool[pos++] = '-';
      put_uint (&pos, (r >> 20) % 100000);
      if ((r >> 40) % 3 == 0)
        {
          pool[pos++] = '.';
          put_uint (&pos, (r >> 44) % 1000);
        }
      pool[pos++] = '|';
      put_str (&pos, types[(r >> 32) % 5]);
      if ((r >> 36) % 4 == 0)
        put_str (&pos, "|@0.5");
      for (t = 0; t < ntag; t++)
        {
          put_str (&pos, t ? "," : "|#");
          put_str (&pos, tags[(r >> (50 - 3 * t)) % 10]);
        }
      line_len[i] = pos - line_off[i];
    }
}

/* Parse the LEN bytes at LINE into *EV.  Return 1 on success, 0 when the
   line is malformed.  */

static BENCH_NOINLINE int
parse_event (struct event *ev, const char *line, size_t len)
{
  size_t i = 0;
  uint64_t h = 0xcbf29ce484222325ULL;
  int neg = 0;
  int64_t v = 0;

  ev->flags = 0;
  ev->ntags = 0;
  ev->rate_milli = 1000;
  ev->name_off = 0;
  while (i < len && line[i] != ':')
    h = (h ^ (unsigned char) line[i++]) * 0x100000001b3ULL;
  if (i == len || i == 0)
    return 0;
  ev->name_len = i;
  ev->name_hash = h;
  i++;
  if (i < len && line[i] == '-')
    {
      neg = 1;
      i++;
    }
  while (i < len && line[i] >= '0' && line[i] <= '9')
    v = v * 10 + (line[i++] - '0');
  v *= 1000;
  if (i < len && line[i] == '.')
    {
      int64_t frac = 0, scale = 100;

      for (i++; i < len && line[i] >= '0' && line[i] <= '9'; i++)
        {
          frac += (line[i] - '0') * scale;
          scale /= 10;
        }
      v += frac;
      ev->flags |= 1;
    }
  ev->value = neg ? -v : v;
  if (i == len || line[i] != '|')
    return 0;
  i++;
  switch (line[i])
    {
    case 'c':
      ev->type = M_COUNTER;
      break;
    case 'g':
      ev->type = M_GAUGE;
      break;
    case 'm':
      ev->type = M_TIMER;
      break;
    case 'h':
      ev->type = M_HISTOGRAM;
      break;
    case 's':
      ev->type = M_SET;
      break;
    default:
      return 0;
    }
  while (i < len && line[i] != '|')
    i++;
  while (i < len)
    {
      i++;
      if (i < len && line[i] == '@')
        {
          ev->rate_milli = 500;
          while (i < len && line[i] != '|')
            i++;
        }
      else if (i < len && line[i] == '#')
        {
          i++;
          while (i < len && ev->ntags < MAX_TAGS)
            {
              size_t start = i;

              h = 0xcbf29ce484222325ULL;
              while (i < len && line[i] != ',' && line[i] != '|')
                h = (h ^ (unsigned char) line[i++]) * 0x100000001b3ULL;
              ev->tag_off[ev->ntags] = start;
              ev->tag_len[ev->ntags] = i - start;
              ev->tag_hash[ev->ntags++] = h;
              if (i == len || line[i] == '|')
                break;
              i++;
            }
        }
      else
        return 0;
    }
  return 1;
}

/* Fold the parsed event *EV into the per-metric aggregates.  */

static BENCH_NOINLINE void
aggregate_event (const struct event *ev)
{
  struct aggregate *a = &agg[ev->name_hash % NSLOTS];
  uint32_t t;
  int64_t v = ev->value;

  if (ev->rate_milli != 1000)
    v = v * 1000 / ev->rate_milli;
  a->sum[ev->type] += v;
  a->count++;
  if (ev->type == M_GAUGE)
    a->last_gauge = ev->value;
  for (t = 0; t < ev->ntags; t++)
    a->tags += (ev->tag_hash[t] >> 7) ^ ev->tag_len[t] ^ ev->tag_off[t];
}

/* Handle one received line: parse it into a temporary event and
   aggregate it.  Return 1 when the line was accepted.  */

static BENCH_NOINLINE int
handle_line (const char *line, size_t len)
{
  int ok;
#ifdef LIMIT
  struct event ev_buf;
  struct event *ev = &ev_buf;
#else
  struct event *ev = malloc (sizeof *ev);

  if (!ev)
    abort ();
#endif
  ok = parse_event (ev, line, len);
  if (ok)
    aggregate_event (ev);
#ifndef LIMIT
  free (ev);
#endif
  return ok;
}

/* Run the workload and print its checksum.  */

int
main (int argc, char **argv)
{
  unsigned long n = bench_iterations (argc, argv, 9000000);
  unsigned long i, accepted = 0;
  uint64_t sum = 0;
  int s, k;

  make_lines ();
  for (i = 0; i < n; i++)
    {
      unsigned j = (i * 7) % NLINES;

      accepted += handle_line (pool + line_off[j], line_len[j]);
    }
  for (s = 0; s < NSLOTS; s++)
    {
      for (k = 0; k < 5; k++)
        sum = bench_mix (sum, (uint64_t) agg[s].sum[k]);
      sum = bench_mix (sum, agg[s].count);
      sum = bench_mix (sum, agg[s].tags);
      sum = bench_mix (sum, (uint64_t) agg[s].last_gauge);
    }
  bench_report (bench_mix (sum, accepted), n);
  return 0;
}
