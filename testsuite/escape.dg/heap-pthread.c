/* An object handed to another thread escapes, however briefly the
   creating function lives.  */
/* { dg-do run } */
/* { dg-options "-pthread -fplugin-arg-escape-remarks" } */

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static void *
worker (void *arg)
{
  int *v = arg;
  v[1] = v[0] * 2;
  return 0;
}

__attribute__ ((noinline)) int
work (int i)
{
  int *v = malloc (8); /* { dg-message "'v' \\(8 bytes, malloc\\) stays on the heap: passed to 'pthread_create' \\(argument 4\\), which may capture it" } */
  if (!v)
    return -1;
  v[0] = i;
  pthread_t t;
  if (pthread_create (&t, 0, worker, v))
    return -1;
  pthread_join (t, 0);
  int r = v[1];
  free (v);
  return r;
}

int
main (void)
{
  printf ("r=%d\n", work (21));
  return 0;
}

/* { dg-output "r=42" } */
/* { dg-final { scan-escape-dump "heap \\(call-capture\\): 'v'" } } */
