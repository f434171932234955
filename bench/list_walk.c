/* list_walk.c -- a short per-request linked list (an HTTP router's
   matched-route chain, a DNS resolver's answer list, a rule engine's
   match list): for every request a handful of nodes (3 to 12, from the
   request's data) is built by a loop, walked twice, and freed by a
   loop walking the list, all in one function.

   Heap objects: one malloc (sizeof (struct match)), 24 bytes, per node.
   Build with -DLIMIT for the hand-written version: nodes taken from a
   local array of 16, with malloc beyond that (never reached here).  */

#include <stdint.h>
#include <stdlib.h>

#include "bench.h"

#define NREQ 512
#define MAXLOCAL 16

struct match
{
  struct match *next;
  uint32_t route;
  uint32_t score;
  uint64_t key;
};

static uint64_t requests[NREQ];

/* Return the score of ROUTE for request key KEY.  */

static BENCH_NOINLINE uint32_t
score_route (uint64_t key, uint32_t route)
{
  uint64_t x = key ^ ((uint64_t) route * 0x9e3779b97f4a7c15ULL);
  x ^= x >> 29;
  return (uint32_t) (x * 0xbf58476d1ce4e5b9ULL >> 40);
}

/* Match request KEY: build the list of its candidate routes, pick the
   best, and return a digest of the list.  */

static BENCH_NOINLINE uint64_t
match_request (uint64_t key)
{
  unsigned n = 3 + (unsigned) (key % 10);
  struct match *head = NULL;
#ifdef LIMIT
  struct match local[MAXLOCAL];
#endif
  for (unsigned i = 0; i < n; i++)
    {
#ifdef LIMIT
      struct match *m = i < MAXLOCAL ? &local[i] : malloc (sizeof *m);
#else
      struct match *m = malloc (sizeof *m);
#endif
      if (!m)
	abort ();
      m->route = (uint32_t) ((key >> (i * 3)) & 1023) + i;
      m->score = score_route (key, m->route);
      m->key = key;
      m->next = head;
      head = m;
    }
  uint32_t best = 0, best_route = 0;
  for (struct match *m = head; m; m = m->next)
    if (m->score >= best)
      {
	best = m->score;
	best_route = m->route;
      }
  uint64_t h = ((uint64_t) best_route << 32) | best;
  for (struct match *m = head; m; m = m->next)
    h = bench_mix (h, m->score ^ m->route);
  unsigned i = 0;
  while (head)
    {
      struct match *nx = head->next;
#ifdef LIMIT
      /* The list is in reverse order of allocation.  */
      if (n - 1 - i >= MAXLOCAL)
	free (head);
#else
      free (head);
#endif
      head = nx;
      i++;
    }
  return h;
}

/* Run the workload and print its checksum.  */

int
main (int argc, char **argv)
{
  unsigned long n = bench_iterations (argc, argv, 2000000);
  uint64_t s = 0x1234567ULL, sum = 0;

  for (int i = 0; i < NREQ; i++)
    requests[i] = bench_rand (&s);
  for (unsigned long i = 0; i < n; i++)
    sum = bench_mix (sum, match_request (requests[(i * 7) % NREQ]));
  bench_report (sum, n);
  return 0;
}
