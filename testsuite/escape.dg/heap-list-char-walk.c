/* A list whose walk reads each node byte by byte through a char
   pointer, rebuilding the first eight bytes (the stored `next`) as an
   integer: the char pointer moves through the node, so it is no node
   start and its reads stay conservative; the nodes stay on the heap (a
   rule that let such a walk pass would reveal the frame address:
   stack=1).  */
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
    {
      uintptr_t b = 0;
      const unsigned char *c = (const unsigned char *) p;
      for (int k = 0; k < (int) sizeof (uintptr_t); k++)
	b |= (uintptr_t) c[k] << (8 * k);
      s |= near_stack (b);
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
