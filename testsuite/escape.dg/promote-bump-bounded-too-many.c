/* The loop's count is known (100 nodes) but the nodes do not all fit
   the frame storage (1,024 bytes by default, 32 pieces of 32 bytes):
   the storage keeps its room test, and the 68 nodes beyond it call
   malloc, as before.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -DESCAPE_COUNT" } */

#include "alloc-count.h"

struct node { struct node *next; long a, b; };

__attribute__ ((noinline)) long
chain (long seed)
{
  struct node *head = NULL;
  for (int i = 0; i < 100; i++)
    {
      struct node *x = malloc (sizeof *x); /* { dg-message "'x' \\(24 bytes, malloc\\) promoted to frame storage \\(up to 1024 bytes in this function; beyond that it calls malloc\\)" } */
      if (!x)
	abort ();
      x->a = seed + i;
      x->b = i * 3;
      x->next = head;
      head = x;
    }
  long s = 0;
  while (head)
    {
      struct node *nx = head->next;
      s = s * 5 + head->a - head->b;
      free (head);
      head = nx;
    }
  return s;
}

int
main (void)
{
  long t = chain (11) + chain (4);
  if (alloc_count_check ("too many for the storage", 2 * 68))
    return 1;
  printf ("t=%ld\n", t);
  return 0;
}

/* The bound is known, and too large.  */
/* { dg-final { scan-escape-dump "Site 1 runs at most 101 times in a call" } } */
/* { dg-final { valgrind-run } } */
