namespace InvestPromo.Application.Common.Persistence;

public static class ConcurrencyExtensions
{
    /// <summary>
    /// Refuses a stale version at once, and makes the database refuse it too if someone else saves in between
    /// (the UPDATE is conditional on the version the client read).
    /// </summary>
    public static void ExpectVersion<TEntity>(this IApplicationDbContext db, TEntity entity, int version)
        where TEntity : Entity
    {
        if (entity.Version != version)
        {
            throw new ConcurrencyConflictException(typeof(TEntity).Name, entity.Id);
        }

        db.Entry(entity).Property(e => e.Version).OriginalValue = version;
    }
}
