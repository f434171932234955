/* A list whose `next` shares its bytes with an integer in a union:
   reading the integer member (volatile, so that GCC does not reuse the
   pointer load of the walk) through a walked pointer reads the stored
   address, so the nodes stay on the heap (a rule that compared field
   names rather than bytes would reveal the frame address: stack=1).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "near-stack.h"

struct node { union { struct node *next; uintptr_t bits; }; long v; long w; };

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
    s |= near_stack (((volatile struct node *) p)->bits);
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
