/* A linked list built in a loop: its nodes are alive together and
   reachable from each other.  Frame storage could hold them, but each
   node's address is stored into memory that a call may read as data
   (abort may run a signal handler), so they stay on the heap.  */
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
      struct node *x = malloc (sizeof *x); /* { dg-message "'x' \\(16 bytes, malloc\\) stays on the heap: stored into memory that is then read as data \\(an integer or other non-pointer value\\), which may reveal its address \\(line 21\\)" } */
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
