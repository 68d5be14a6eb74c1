using System.Collections.Concurrent;

namespace InvestPromo.Application.Common.Persistence;

/// <summary>
/// An EF compiled query (<see cref="EF.CompileAsyncQuery{TContext, TParam1, TResult}(System.Linq.Expressions.Expression{Func{TContext, TParam1, TResult}})"/>)
/// for the hot, fixed-shape queries: EF skips parameter extraction and the query-cache look-up on every call. A compiled
/// query is bound to the first model it runs against, so one is kept per context type (SQLite, PostgreSQL, SQL Server).
/// Application code runs one with <see cref="IApplicationDbContext.Run{TDelegate, TResult}"/>; Infrastructure, which holds
/// the context, calls <see cref="For"/> itself.
/// </summary>
public sealed class CompiledQuery<TDelegate>(Func<TDelegate> compile)
    where TDelegate : Delegate
{
    private readonly ConcurrentDictionary<Type, TDelegate> byContextType = new();

    public TDelegate For(DbContext context) => byContextType.GetOrAdd(context.GetType(), _ => compile());
}
