/* log.c -- a logger that keeps the last message it was given (and
   frees it when the next one comes).  */
#include <stdio.h>
#include "wordfreq.h"

static char *last;
static unsigned long chars;

/* Log MSG, a heap string it now owns: count it, and keep it until the
   next one.  */
void
log_msg (char *msg)
{
  free (last);
  last = msg;
  chars += strlen (msg);
}

/* Print how much was logged.  */
void
log_flush (void)
{
  printf ("logged %lu characters\n", chars);
  free (last);
  last = NULL;
}
