/* A list whose `link` holds a pointer into the middle of a node (8
   bytes past its start): reading `v` (offset 0) through it reads the
   bytes of that node's own `link`, which hold an address.  Pointers
   loaded from `link` are not node starts, so the nodes stay on the
   heap (a rule that took every loaded link for a node's start would
   reveal the frame address: stack=1).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "near-stack.h"

struct node { long v; struct node *next; long w; };

__attribute__ ((noinline)) int
work (int n)
{
  struct node *head = NULL;
  for (int i = 0; i < n; i++)
    {
      struct node *x = malloc (sizeof *x); /* { dg-message "'x' \\(24 bytes, malloc\\) stays on the heap: stored into memory that is then read as data" } */
      if (!x)
	return -1;
      x->v = i;
      x->w = i;
      x->next = head ? (struct node *) ((char *) head + 8) : NULL;
      head = x;
    }
  int s = 0;
  for (struct node *p = head; p && p->next;
       p = (struct node *) ((char *) p->next - 8))
    s |= near_stack ((uintptr_t) p->next->v);
  while (head)
    {
      struct node *nx = head->next;
      free (head);
      head = nx ? (struct node *) ((char *) nx - 8) : NULL;
    }
  return s;
}

int
main (int argc, char **argv)
{
  (void) argv;
  printf ("stack=%d\n", work (4 + argc));
  return 0;
}

/* { dg-output "stack=0" } */
/* { dg-final { scan-escape-dump-not "promoted: " } } */
