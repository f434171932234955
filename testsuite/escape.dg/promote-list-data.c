/* A list whose nodes hold data (bench/list_walk.c's shape): built by a
   loop, walked twice reading the data fields as integers, and freed by
   a loop walking it, all in one function.  Each node's address is
   stored into another node's `next` (bytes 0-7), and the reads of
   `route`, `score` and `key` through the walked pointers are at bytes
   8-23 of nodes: pointers that always point to a node's start (the
   allocation's result, PHIs of it and null, loads of `next`, which only
   ever holds such pointers), so no read sees the stored addresses.  The
   nodes are reachable from nowhere but the function's own names and
   each other, so neither abort (whose signal handler could run) nor
   the data-only helper can read them.  A short list makes no heap call;
   a long one runs out of frame storage and calls malloc for the rest
   (valgrind checks that those are freed).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -DESCAPE_COUNT" } */

#include <stdint.h>
#include "alloc-count.h"

struct match
{
  struct match *next;
  uint32_t route;
  uint32_t score;
  uint64_t key;
};

__attribute__ ((noinline)) static uint32_t
score_route (uint64_t key, uint32_t route)
{
  uint64_t x = key ^ ((uint64_t) route * 0x9e3779b97f4a7c15ULL);
  x ^= x >> 29;
  return (uint32_t) (x * 0xbf58476d1ce4e5b9ULL >> 40);
}

__attribute__ ((noinline)) uint64_t
match_request (uint64_t key, unsigned n)
{
  struct match *head = NULL;
  for (unsigned i = 0; i < n; i++)
    {
      struct match *m = malloc (sizeof *m); /* { dg-message "'m' \\(24 bytes, malloc\\) promoted to frame storage \\(up to 1024 bytes in this function; beyond that it calls malloc\\)" } */
      if (!m)
	abort ();
      m->route = (uint32_t) ((key >> (i % 20 * 3)) & 1023) + i;
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
    h = h * 1099511628211ULL ^ (m->score ^ m->route ^ m->key);
  while (head)
    {
      struct match *nx = head->next;
      free (head);
      head = nx;
    }
  return h;
}

int
main (int argc, char **argv)
{
  (void) argv;
  uint64_t t = 0;
  for (unsigned r = 0; r < 20; r++)
    t = t * 31 + match_request (0x9e3779b97f4a7c15ULL * (r + argc),
				3 + r % 10);
  if (alloc_count_check ("short lists", 0))
    return 1;
  /* 1024 bytes hold 32 nodes of 24 bytes (each takes 32).  */
  t = t * 31 + match_request (0x1234567ULL * argc, 100);
  if (alloc_count_check ("a long list", 100 - 32))
    return 1;
  printf ("t=%llx\n", (unsigned long long) t);
  return 0;
}

/* { dg-output "t=" } */
/* { dg-final { scan-escape-dump "slot: escape_m\[.0-9\]* \\(1024 bytes, aligned to 16, frame storage\\)" } } */
/* { dg-final { scan-escape-dump "promoted: 'm' \\(24 bytes, malloc\\) promoted to frame storage" } } */
/* { dg-final { valgrind-run } } */
