using InvestPromo.Domain.ReferenceData;

namespace InvestPromo.Application.ReferenceData.Commands.DeleteIndustryChain;

/// <summary>
/// Soft delete of a chain no filing names (deleted filings included: they stay in the audit trail). A chain in use is a
/// 409 <c>industry-chain.in-use</c>: deactivate it instead.
/// </summary>
public sealed record DeleteIndustryChainCommand(Guid Id, int Version) : ICommand;

public sealed class DeleteIndustryChainHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<DeleteIndustryChainCommand>
{
    public async ValueTask<Unit> Handle(DeleteIndustryChainCommand command, CancellationToken cancellationToken)
    {
        var chain = await db.IndustryChains.FirstOrDefaultAsync(c => c.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(IndustryChain), command.Id);
        db.ExpectVersion(chain, command.Version);
        if (await db.Filings.IgnoreQueryFilters().AnyAsync(f => f.IndustryChainId == chain.Id, cancellationToken))
        {
            throw DomainRuleException.Conflict("industry-chain.in-use", "Filings use this industry chain; deactivate it instead.");
        }

        chain.Delete(user.UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
