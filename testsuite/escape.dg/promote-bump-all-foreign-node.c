/* Storage with room for every node of a bounded loop; each node also
   holds, in its field `extra', a block from elsewhere (a helper's
   malloc) or null, which this function does not read.  The walk frees both: free (head) needs no test
   (next holds only nodes or null), free (head->extra) keeps its range
   test, as `extra' holds other pointers, and frees the heap block (a
   deleted free would leak it: valgrind).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -ftree-vrp" } */

#include <stdio.h>
#include <stdlib.h>

struct node { struct node *next; unsigned *extra; unsigned v; };

static unsigned made;

__attribute__ ((noinline)) unsigned *
make_extra (unsigned v)
{
  unsigned *t = malloc (sizeof *t); /* { dg-message "stays on the heap: returned from the function" } */
  if (!t)
    abort ();
  *t = v;
  made += v;
  return t;
}

__attribute__ ((noinline)) unsigned
chain (unsigned k)
{
  unsigned n = 2 + k % 5;
  struct node *head = NULL;
  for (unsigned i = 0; i < n; i++)
    {
      struct node *x = malloc (sizeof *x); /* { dg-message "'x' \\(24 bytes, malloc\\) promoted to frame storage \\(224 bytes in this function, room for all 7 objects a call may allocate here\\)" } */
      if (!x)
	abort ();
      x->v = i + k;
      x->extra = (i & 1) ? make_extra (k * 3 + i) : NULL;
      x->next = head;
      head = x;
    }
  unsigned s = 0;
  while (head)
    {
      struct node *nx = head->next;
      s = s * 7 + head->v;
      free (head->extra);
      free (head);
      head = nx;
    }
  return s;
}

int
main (void)
{
  unsigned t = 0;
  for (unsigned k = 0; k < 20; k++)
    t = t * 3 + chain (k);
  printf ("t=%u made=%u\n", t, made);
  return 0;
}

/* One range-tested free, of extra; free (head) is deleted.  */
/* { dg-final { scan-escape-dump-times "range-tested free \\(outside the slot.s 224 bytes\\): free" 1 } } */
/* { dg-final { valgrind-run } } */
