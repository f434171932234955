/* A cycle with two entries (irreducible: a goto into the middle of the
   loop) is no loop of GCC's loop tree, and its counter's range says
   nothing about how often the allocation runs: the storage keeps its
   room test and the allocation calls malloc beyond it.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks -ftree-vrp" } */

#include <stdio.h>
#include <stdlib.h>

struct node { struct node *next; unsigned v; };

__attribute__ ((noinline)) unsigned
walk (unsigned k)
{
  struct node *head = NULL;
  unsigned i = k & 3;
  if (k & 4)
    goto second;
 first:
  if (i >= 6)
    goto done;
  {
    struct node *x = malloc (sizeof *x); /* { dg-message "'x' \\(16 bytes, malloc\\) promoted to frame storage \\(up to 1024 bytes in this function; beyond that it calls malloc\\)" } */
    if (!x)
      abort ();
    x->v = i * 7 + k;
    x->next = head;
    head = x;
  }
 second:
  i++;
  if (k & 8)
    {
      k >>= 1;
      goto second;
    }
  goto first;
 done:;
  unsigned s = 0;
  while (head)
    {
      struct node *nx = head->next;
      s = s * 3 + head->v;
      free (head);
      head = nx;
    }
  return s;
}

int
main (void)
{
  unsigned t = 0;
  for (unsigned k = 0; k < 32; k++)
    t = t * 5 + walk (k);
  printf ("t=%u\n", t);
  return 0;
}

/* { dg-final { scan-escape-dump-not "runs at most" } } */
/* { dg-final { valgrind-run } } */
