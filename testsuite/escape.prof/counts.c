/* The program of prof.exp: known allocation counts per call site.  */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

void *volatile keep;

__attribute__ ((noinline)) void
child_work (void)
{
  for (int i = 0; i < 5; i++)
    {
      keep = calloc (3, 4); /* child calloc */
      free (keep);
    }
}

static inline char *
dup_in (const char *s)
{
  return strdup (s); /* inlined strdup */
}

__attribute__ ((noinline)) void
a (void)
{
  keep = dup_in ("aa");
  free (keep);
}

__attribute__ ((noinline)) void
b (void)
{
  keep = dup_in ("bbb");
  free (keep);
}

int
main (int argc, char **argv)
{
  for (int i = 0; i < 100; i++)
    {
      keep = malloc (16); /* freed malloc */
      free (keep);
    }
  for (int i = 0; i < 7; i++)
    keep = malloc (8); /* leaked malloc */
  for (int i = 0; i < 30; i++)
    a ();
  for (int i = 0; i < 20; i++)
    b ();
  char *r = NULL;
  for (int i = 1; i <= 10; i++)
    r = realloc (r, i * 100); /* grown realloc */
  free (r);
  if (argc > 1 && strcmp (argv[1], "fork") == 0)
    {
      pid_t pid = fork ();
      if (pid == 0)
	{
	  child_work ();
	  exit (0);
	}
      waitpid (pid, 0, 0);
    }
  if (argc > 1 && strcmp (argv[1], "_exit") == 0)
    _exit (3);
  puts ("done");
  return 0;
}
