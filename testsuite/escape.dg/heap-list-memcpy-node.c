/* A list whose walk copies each node into a char array and reads the
   copy's first bytes (the copied `next`) as an integer: the copy holds
   the stored addresses, so the nodes stay on the heap (a rule that let
   the memcpy's read of a node pass would reveal the frame address:
   stack=1).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "near-stack.h"

struct node { struct node *next; long v; long w; };

/* 0, read at run time: GCC cannot forward the copied bytes.  */
static volatile int zero;

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
    {
      char buf[sizeof *p];
      uintptr_t b;
      memcpy (buf, p, sizeof buf);
      memcpy (&b, buf + zero, sizeof b);
      s |= near_stack (b + (uintptr_t) p->v);
    }
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
