/* A short list of nodes built, walked and freed in one function, as in
   bench/list_walk.c: n is 3 to 12, from run-time data, and GCC knows
   that range of n and of the loop's counter i, so the allocation runs
   at most 13 times in a call (the loop header's runs).  Frame storage
   then has room for every node: no room test, no malloc call at all
   (counted by the shim).  The frees need no range test either: their
   pointers, read back from the nodes' next, are always null or a
   node's start (the nodes' next holds nothing else), and every node is
   in the storage: they are deleted.  */
/* { dg-do run } */
/* GCC knows the ranges from its value-range propagation, which -O1 does
   not run: -ftree-vrp gives them at every level.  */
/* { dg-options "-fplugin-arg-escape-remarks -DESCAPE_COUNT -ftree-vrp" } */

#include "alloc-count.h"
#include <stdint.h>

struct match { struct match *next; uint32_t route, score; uint64_t key; };

__attribute__ ((noinline)) uint64_t
match (uint64_t key)
{
  unsigned n = 3 + (unsigned) (key % 10);
  struct match *head = NULL;
  for (unsigned i = 0; i < n; i++)
    {
      struct match *m = malloc (sizeof *m); /* { dg-message "'m' \\(24 bytes, malloc\\) promoted to frame storage \\(416 bytes in this function, room for all 13 objects a call may allocate here\\)" } */
      if (!m)
	abort ();
      m->route = (uint32_t) (key >> i) & 1023;
      m->score = m->route * 7u + i;
      m->key = key;
      m->next = head;
      head = m;
    }
  uint64_t h = 0;
  for (struct match *m = head; m; m = m->next)
    h = h * 31 + m->score + m->route;
  while (head)
    {
      struct match *nx = head->next;
      free (head);
      head = nx;
    }
  return h;
}

int
main (void)
{
  uint64_t s = 0;
  for (uint64_t k = 0; k < 40; k++)
    s = s * 3 + match (k * 0x9e3779b97f4a7c15ULL);
  if (alloc_count_check ("bounded list", 0))
    return 1;
  printf ("s=%llu\n", (unsigned long long) s);
  return 0;
}

/* { dg-final { scan-escape-dump "Site 1 runs at most 13 times in a call" } } */
/* { dg-final { scan-escape-dump-not "range-tested free" } } */
/* { dg-final { valgrind-run } } */
