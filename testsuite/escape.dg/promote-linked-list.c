/* A linked list built in a loop: its nodes are alive together and
   reachable from each other, so they get frame storage.  Each node's
   address is stored only into another node's `next`, read back only as
   a pointer (the reads of `v` are other bytes of the nodes), and the
   nodes are reachable from nothing but the function's own names: abort
   (which may run a signal handler) cannot read them.  Until issue 10's
   field-sensitive rule for a site's own objects they stayed on the heap
   (abort counted as a data read).  */
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
      struct node *x = malloc (sizeof *x); /* { dg-message "'x' \\(16 bytes, malloc\\) promoted to frame storage \\(up to 1024 bytes in this function; beyond that it calls malloc\\)" } */
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
/* { dg-final { scan-escape-dump "promoted: 'x' \\(16 bytes, malloc\\) promoted to frame storage" } } */
/* { dg-final { valgrind-run } } */
