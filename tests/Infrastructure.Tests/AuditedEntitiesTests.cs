using InvestPromo.Application.Audit;
using InvestPromo.Domain.Common;
using InvestPromo.Infrastructure.Tests.Support;

namespace InvestPromo.Infrastructure.Tests;

/// <summary>The audit page's type select and its object names cover every type the auditing interceptor records.</summary>
public sealed class AuditedEntitiesTests
{
    [Fact]
    public async Task Every_audited_entity_type_of_the_model_is_listed_with_a_name_query()
    {
        await using var host = await SqliteTestHost.StartAsync();
        await using var scope = host.Scope();

        var audited = scope.Db().Model.GetEntityTypes()
            .Where(t => typeof(IAuditable).IsAssignableFrom(t.ClrType))
            .Select(t => t.ClrType.Name)
            .ToHashSet(StringComparer.Ordinal);
        audited.Add(nameof(Domain.Webhooks.WebhookDelivery)); // not IAuditable (the job's attempts are not audited): an admin's redelivery is recorded by its handler

        Assert.NotEmpty(audited);
        Assert.Equal(audited.Order(StringComparer.Ordinal), AuditedEntities.Types.Order(StringComparer.Ordinal));
    }
}
