using InvestPromo.Domain.Associations;

namespace InvestPromo.Application.Associations.Commands.UpdateAssociationMember;

/// <summary>Edits a member company (send the version you read); another association's member → 404.</summary>
public sealed record UpdateAssociationMemberCommand(Guid? AssociationId, Guid Id, string CompanyName, string? CreditCode, Guid? IndustryChainId, string? Position, int Version)
    : ICommand<AssociationMemberDto>;

public sealed class UpdateAssociationMemberValidator : AbstractValidator<UpdateAssociationMemberCommand>
{
    public UpdateAssociationMemberValidator()
    {
        RuleFor(x => x.CompanyName).NotEmpty().MaximumLength(AssociationMember.CompanyNameMaxLength).SingleLineText();
        RuleFor(x => x.CreditCode).MaximumLength(18);
        RuleFor(x => x.Position).MaximumLength(AssociationMember.PositionMaxLength).SingleLineText();
        RuleFor(x => x.Version).GreaterThanOrEqualTo(0);
    }
}

public sealed class UpdateAssociationMemberHandler(IApplicationDbContext db, ICurrentUser user)
    : ICommandHandler<UpdateAssociationMemberCommand, AssociationMemberDto>
{
    public async ValueTask<AssociationMemberDto> Handle(UpdateAssociationMemberCommand command, CancellationToken cancellationToken)
    {
        var association = await AssociationRegistry.ResolveAsync(db, user, command.AssociationId, cancellationToken);
        var member = await db.AssociationMembers.FirstOrDefaultAsync(m => m.Id == command.Id && m.AssociationId == association.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(AssociationMember), command.Id);
        db.ExpectVersion(member, command.Version);
        await AssociationRegistry.CheckMemberAsync(db, command.CreditCode, command.IndustryChainId, cancellationToken);
        member.Update(command.CompanyName, AssociationRegistry.NormaliseCreditCode(command.CreditCode), command.IndustryChainId, command.Position);
        await db.SaveChangesAsync(cancellationToken);
        return await AssociationRegistry.MembersOf(db, association.Id, member.Id).FirstAsync(cancellationToken);
    }
}
