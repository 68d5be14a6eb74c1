using System.Linq.Expressions;
using InvestPromo.Domain.Common;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace InvestPromo.Infrastructure.Persistence.Conventions;

/// <summary>
/// What every entity of the model shares, configured once instead of in each entity's configuration:
/// <list type="bullet">
/// <item>every <see cref="Entity"/>'s <see cref="Entity.Version"/> is its optimistic concurrency token (a stale version is a
/// 409) — unless its configuration says <c>IsConcurrencyToken(false)</c>, which wins over a convention;</item>
/// <item>an <see cref="Entity"/>'s <see cref="Entity.DomainEvents"/> are never mapped;</item>
/// <item>every <see cref="AuditableEntity"/> (soft delete) has the query filter <c>!IsDeleted</c>.</item>
/// </list>
/// </summary>
internal sealed class EntityConventions : IModelFinalizingConvention
{
    public void ProcessModelFinalizing(IConventionModelBuilder modelBuilder, IConventionContext<IConventionModelBuilder> context)
    {
        foreach (var entityType in modelBuilder.Metadata.GetEntityTypes())
        {
            var type = entityType.ClrType;
            if (entityType.IsOwned() || !typeof(Entity).IsAssignableFrom(type))
            {
                continue;
            }

            entityType.Builder.Ignore(nameof(Entity.DomainEvents));
            entityType.FindProperty(nameof(Entity.Version))?.Builder.IsConcurrencyToken(true);
            if (typeof(AuditableEntity).IsAssignableFrom(type))
            {
                entityType.Builder.HasQueryFilter(NotDeleted(type));
            }
        }
    }

    /// <summary><c>e =&gt; !e.IsDeleted</c> for the entity type.</summary>
    private static LambdaExpression NotDeleted(Type type)
    {
        var entity = Expression.Parameter(type, "e");
        return Expression.Lambda(Expression.Not(Expression.Property(entity, nameof(AuditableEntity.IsDeleted))), entity);
    }
}
