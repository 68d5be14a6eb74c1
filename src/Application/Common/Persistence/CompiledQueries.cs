using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace InvestPromo.Application.Common.Persistence;

/// <summary>
/// An EF compiled query (<see cref="EF.CompileAsyncQuery{TContext, TParam1, TResult}(System.Linq.Expressions.Expression{Func{TContext, TParam1, TResult}})"/>)
/// for the hot, fixed-shape queries: EF skips parameter extraction and the query-cache look-up on every call. A compiled
/// query is bound to the first model it runs against, so one is kept per context type (SQLite, PostgreSQL, SQL Server).
/// </summary>
public sealed class CompiledQuery<TDelegate>(Func<TDelegate> compile)
    where TDelegate : Delegate
{
    private readonly ConcurrentDictionary<Type, TDelegate> byContextType = new();

    public TDelegate For(DbContext context) => byContextType.GetOrAdd(context.GetType(), _ => compile());
}

internal static class DbContextAccess
{
    /// <summary>The EF context behind the application's interface (for compiled queries, which need a <see cref="DbContext"/>).</summary>
    public static DbContext Context(this IApplicationDbContext db) => db.Database.GetService<ICurrentDbContext>().Context;
}
