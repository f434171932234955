/* A linked list built in a loop: its nodes are alive together and
   reachable from each other, so they stay on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

struct node { struct node *next; int v; };

__attribute__ ((noinline)) int
work (int n)
{
  struct node *head = 0;
  for (int i = 0; i < n; i++)
    {
      struct node *x = malloc (sizeof *x); /* { dg-message "'x' \\(16 bytes, malloc\\) stays on the heap: allocated inside a loop and stored into memory, where objects of several iterations may be live at once \\(line 21\\)" } */
      if (!x)
	abort ();
      x->v = i;
      x->next = head;
      head = x;
    }
  int s = 0;
  while (head)
    {
      struct node *nx = head->next;
      s += head->v;
      free (head);
      head = nx;
    }
  return s;
}

int
main (void)
{
  printf ("s=%d\n", work (50));
  return 0;
}

/* { dg-output "s=1225" } */
/* { dg-final { scan-escape-dump-not "promoted: " } } */
