/* A pointer stored in a heap object that is returned: it escapes with
   its container.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-remarks" } */

#include <stdio.h>
#include <stdlib.h>

struct msg { char *text; int len; };

__attribute__ ((noinline)) struct msg *
msg_new (int n)
{
  struct msg *m = malloc (sizeof *m); /* { dg-message "'m' \\(16 bytes, malloc\\) stays on the heap: returned from the function" } */
  char *t = malloc (32); /* { dg-message "'t' \\(32 bytes, malloc\\) stays on the heap: stored into memory that outlives the function \\(line 18\\)" } */
  if (!m || !t)
    abort ();
  m->text = t;
  m->len = n;
  for (int k = 0; k < 32; k++)
    t[k] = (char) (k + n);
  return m;
}

int
main (void)
{
  int s = 0;
  for (int i = 0; i < 5; i++)
    {
      struct msg *m = msg_new (i);
      s += m->text[i] + m->len;
      free (m->text);
      free (m);
    }
  printf ("s=%d\n", s);
  return 0;
}

/* { dg-output "s=30" } */
/* { dg-final { scan-escape-dump "heap \\(stored-nonlocal\\): 't'" } } */
