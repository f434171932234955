/* A list whose walk reads the bytes of a node's `next` as an integer
   (a volatile uintptr_t, so that GCC does not reuse the pointer load of
   the walk) through the walked pointer: the read overlaps the bytes
   the next node's address was stored into, so the nodes stay on the
   heap (a rule that took only the data fields' offsets into account
   would reveal the frame address: stack=1).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "near-stack.h"

struct node { struct node *next; long v; long w; };

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
      x->next = head;
      head = x;
    }
  int s = 0;
  for (struct node *p = head; p && p->next; p = p->next)
    s |= near_stack (*(volatile uintptr_t *) &p->next);
  while (head)
    {
      struct node *nx = head->next;
      free (head);
      head = nx;
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
